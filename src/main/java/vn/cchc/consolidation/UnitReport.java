package vn.cchc.consolidation;

import vn.cchc.report.ReportStatus;

/**
 * A unit under an office with its report of a period: {@code reportId} and {@code status} are null when it has no
 * report; {@code late} as the completeness board judges it.
 */
public record UnitReport(long orgUnitId, String orgUnitName, Long reportId, ReportStatus status, boolean late) {

    /** Whether its figures enter the office's totals: signed or accepted, or any report when drafts count. */
    public boolean counted(boolean includeDrafts) {
        return reportId != null && Consolidations.counts(status, includeDrafts);
    }
}
