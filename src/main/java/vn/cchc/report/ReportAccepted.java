package vn.cchc.report;

/** Published when the receiving office accepts a signed report (consolidation listens). */
public record ReportAccepted(long reportId, long orgUnitId, long periodId, int revision, String actor) {
}
