package vn.cchc.check;

import org.springframework.stereotype.Component;
import vn.cchc.consolidation.ReportFindings;

/** The completeness board's findings column: errors and warnings, as the clerk's check page counts them. */
@Component
class FindingsForConsolidation implements ReportFindings {

    private final ReportChecks checks;

    FindingsForConsolidation(ReportChecks checks) {
        this.checks = checks;
    }

    @Override
    public Integer count(long reportId) {
        return (int) checks.run(reportId).stream()
                .filter(f -> f.severity() != Severity.INFO)
                .count();
    }
}
