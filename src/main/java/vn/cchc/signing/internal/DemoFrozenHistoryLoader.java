package vn.cchc.signing.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.cchc.report.ReportVersions;
import vn.cchc.report.ReportWorkflow;
import vn.cchc.shared.StartupDataStep;

/**
 * Demo only: the past years' reports the demo enters as accepted get the frozen (and digitally signed) files a
 * real signature would have left, so downloading, previewing and verifying them works like for any signed report.
 */
@Component
@ConditionalOnProperty(name = "cchc.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoFrozenHistoryLoader extends StartupDataStep {

    private static final Logger log = LoggerFactory.getLogger(DemoFrozenHistoryLoader.class);
    private final ReportVersions versions;
    private final ReportWorkflow workflow;

    DemoFrozenHistoryLoader(ReportVersions versions, ReportWorkflow workflow) {
        this.versions = versions;
        this.workflow = workflow;
    }

    @Override
    protected int order() {
        return 40;
    }

    @Override
    protected void load() {
        var ids = versions.signedWithoutFiles();
        ids.forEach(workflow::freezeEnteredAsSigned);
        if (!ids.isEmpty()) log.info("Froze the files of {} demo reports entered as signed", ids.size());
    }
}
