package vn.cchc.report;

/** Published when the clerk submits a report to the chairman (after commit listeners see it committed). */
public record ReportSubmitted(long reportId, long orgUnitId, long periodId, int revision, boolean late, String actor) {
}
