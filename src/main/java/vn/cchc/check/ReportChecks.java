package vn.cchc.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.check.internal.Check;
import vn.cchc.check.internal.CheckContext;
import vn.cchc.check.internal.ReportRecords;

/**
 * Runs every consistency check over one report. Read-only; callers check access first (the web layer uses
 * {@code Reports.get(viewer, id)}; the workflow calls {@link #run(long)} before submit and blocks on ERROR).
 */
@Service
@Transactional(readOnly = true)
public class ReportChecks {

    private final ReportRecords records;
    private final List<Check> checks;

    ReportChecks(ReportRecords records, List<Check> checks) {
        this.records = records;
        this.checks = checks;
    }

    /** All findings, errors first, then warnings, then notes; within a severity in rule order. */
    public List<Finding> run(long reportId) {
        CheckContext context = records.load(reportId);
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) findings.addAll(check.run(context));
        findings.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(findings);
    }

    /** True when no finding is an ERROR (warnings still need the clerk's confirmation). */
    public static boolean mayProceed(List<Finding> findings) {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
