package vn.cchc.report;

/** Published when the chairman or the receiving office returns a report; it continues as {@code newRevision}. */
public record ReportReturned(long reportId, long orgUnitId, long periodId, ReportStatus from, int newRevision,
                             String comment, String actor) {
}
