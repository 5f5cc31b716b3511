package vn.cchc.report;

import java.time.LocalDate;

/** A report as lists show it (and as {@code GET /api/v1/reports} answers). */
public record ReportSummary(
        Long id,
        Long orgUnitId,
        String orgUnitName,
        Long periodId,
        String periodTitle,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate deadline,
        ReportStatus status,
        int version,
        boolean submittedLate) {}
