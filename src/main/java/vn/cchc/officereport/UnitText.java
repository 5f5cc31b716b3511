package vn.cchc.officereport;

import vn.cchc.report.ReportStatus;

/** A unit's text for one section of its report, and the quotation the office may paste («UBND xã X: …»). */
public record UnitText(
        long orgUnitId, String orgUnitName, long reportId, ReportStatus status, String text, String quote) {}
