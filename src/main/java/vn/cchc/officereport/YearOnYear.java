package vn.cchc.officereport;

import java.math.BigDecimal;

/**
 * A summed or recomputed figure this period beside the same period last year, both over the same units (those
 * counted in both years and giving the figure in both): {@code change} is this minus last, {@code changePercent}
 * relative to last year (null when last year is 0), for a RATE in percentage points.
 */
public record YearOnYear(
        String code,
        String label,
        CompiledFigure.Method method,
        int units,
        BigDecimal thisYear,
        String thisYearPrinted,
        BigDecimal lastYear,
        String lastYearPrinted,
        BigDecimal change,
        BigDecimal changePercent) {}
