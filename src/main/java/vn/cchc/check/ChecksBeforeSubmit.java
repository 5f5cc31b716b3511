package vn.cchc.check;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.cchc.report.SubmissionChecks;
import vn.cchc.report.SubmissionFinding;

/** The workflow's gate before submit: the consistency checks, errors first. */
@Component
class ChecksBeforeSubmit implements SubmissionChecks {

    private final ReportChecks checks;

    ChecksBeforeSubmit(ReportChecks checks) {
        this.checks = checks;
    }

    @Override
    public List<SubmissionFinding> findings(long reportId) {
        return checks.run(reportId).stream()
                .map(f -> new SubmissionFinding(f.rule(), SubmissionFinding.Severity.valueOf(f.severity().name()),
                        f.message(), f.target()))
                .toList();
    }
}
