package vn.cchc.consolidation;

import vn.cchc.report.ReportStatus;

/**
 * One unit of the consolidated table. {@code status} is null when the unit has no report for the period;
 * {@code counted} says whether its figures enter the total (a signed or accepted report — or any report when drafts
 * are included — that has dossier rows); {@code previous} are the figures of the same period last year.
 */
public record ConsolidationRow(
        long orgUnitId,
        String orgUnitName,
        Long reportId,
        ReportStatus status,
        boolean counted,
        Figures figures,
        Figures previous) {}
