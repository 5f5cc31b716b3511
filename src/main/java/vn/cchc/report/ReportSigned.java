package vn.cchc.report;

/** Published when the chairman signs: the version {@code revision} is frozen with these file hashes. */
public record ReportSigned(long reportId, long orgUnitId, long periodId, int revision, String docxSha256,
                           String pdfSha256, String actor) {
}
