package vn.cchc.officereport;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.consolidation.ConsolidatedTable;
import vn.cchc.consolidation.UnitReport;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.period.ReportingPeriod;

/**
 * What an office compiles for a period from the units under it on the period's last day: which units are counted
 * (signed or accepted reports; with {@code includeDrafts} every report), the compiled figures, the year-on-year
 * comparison over the same units, and the consolidated Biểu 06 (its rows are the units, its total the counted ones).
 */
public record Compilation(
        OrgUnit office,
        ReportingPeriod period,
        ReportingPeriod previousPeriod,
        boolean includeDrafts,
        List<UnitReport> units,
        List<CompiledFigure> figures,
        List<YearOnYear> yearOnYear,
        ConsolidatedTable dossier,
        LocalDate asOf) {

    public List<UnitReport> counted() {
        return units.stream().filter(u -> u.counted(includeDrafts)).toList();
    }

    /** Units whose report has not reached the office (none, draft, with the chairman, returned). */
    public List<UnitReport> missing() {
        return units.stream().filter(u -> !u.counted(false)).toList();
    }

    public List<UnitReport> late() {
        return units.stream().filter(u -> u.late() && u.counted(false)).toList();
    }

    public CompiledFigure figure(String code) {
        return figures.stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
    }
}
