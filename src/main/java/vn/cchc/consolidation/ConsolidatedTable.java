package vn.cchc.consolidation;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.period.ReportingPeriod;

/**
 * The one-stop table of all units reporting to an office for a period: rows, their total (recomputed from the
 * counted rows, never averaged) and the same figures of the same period last year when there is one.
 */
public record ConsolidatedTable(OrgUnit office, ReportingPeriod period, ReportingPeriod previousPeriod,
                                boolean includeDrafts, List<ConsolidationRow> rows, Figures total,
                                Figures previousTotal, LocalDate today) {

    public List<ConsolidationRow> countedRows() {
        return rows.stream().filter(ConsolidationRow::counted).toList();
    }
}
