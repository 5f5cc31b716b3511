package vn.cchc.consolidation;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.period.ReportingPeriod;

/**
 * The one-stop table of all units reporting to an office for a period: rows, their total (recomputed from the
 * counted rows, never averaged) and, when there is a same period last year, the year-on-year comparison over the
 * same units: {@code comparableTotal} (this year) and {@code previousTotal} (last year) both over the
 * {@code comparableUnits} units counted this year that have last year's figures.
 */
public record ConsolidatedTable(
        OrgUnit office,
        ReportingPeriod period,
        ReportingPeriod previousPeriod,
        boolean includeDrafts,
        List<ConsolidationRow> rows,
        Figures total,
        Figures previousTotal,
        LocalDate today,
        Figures comparableTotal,
        int comparableUnits) {

    /**
     * The comparison with the same period last year over the same units, line by line, or empty when there is no
     * such period.
     */
    public List<YearOnYearLine> yearOnYear() {
        if (previousPeriod == null || comparableTotal == null || previousTotal == null) return List.of();
        return YearOnYearLine.of(comparableTotal, previousTotal);
    }

    public List<ConsolidationRow> countedRows() {
        return rows.stream().filter(ConsolidationRow::counted).toList();
    }
}
