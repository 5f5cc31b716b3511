package vn.cchc.report;

public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    SIGNED,
    ACCEPTED
}
