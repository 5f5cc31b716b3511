package vn.cchc.officereport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.consolidation.ConsolidatedTable;
import vn.cchc.consolidation.ConsolidationRow;
import vn.cchc.consolidation.Consolidations;
import vn.cchc.consolidation.Figures;
import vn.cchc.consolidation.UnitReport;
import vn.cchc.indicator.IndicatorRelations;
import vn.cchc.indicator.IndicatorValueView;
import vn.cchc.indicator.IndicatorValues;
import vn.cchc.narrative.Narratives;
import vn.cchc.officereport.internal.FigureCompiler;
import vn.cchc.officereport.internal.YearOnYearCompiler;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.report.Report;
import vn.cchc.report.ReportSection;
import vn.cchc.report.Reports;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

/**
 * The office's report compiled from the units under it: the compilation (figures over exactly the counted units,
 * year-on-year over the same units, the consolidated Biểu 06, late and missing units) and, for its narrative
 * editor, its units' texts of a section. Reads the figures through the indicator module and the units' reports
 * through consolidation, one query per step whatever the number of units.
 */
@Service
@Transactional(readOnly = true)
public class OfficeReports {

    private final Consolidations consolidations;
    private final IndicatorValues indicatorValues;
    private final IndicatorRelations relations;
    private final Narratives narratives;
    private final Reports reports;
    private final OrgUnits orgUnits;
    private final Periods periods;
    private final Clock clock;

    OfficeReports(
            Consolidations consolidations,
            IndicatorValues indicatorValues,
            IndicatorRelations relations,
            Narratives narratives,
            Reports reports,
            OrgUnits orgUnits,
            Periods periods,
            Clock clock) {
        this.consolidations = consolidations;
        this.indicatorValues = indicatorValues;
        this.relations = relations;
        this.narratives = narratives;
        this.reports = reports;
        this.orgUnits = orgUnits;
        this.periods = periods;
        this.clock = clock;
    }

    /** For the office itself (or an administrator naming it): 403 for anyone else, as the consolidation pages. */
    public Compilation compile(UnitViewer viewer, Long officeId, Long periodId, boolean includeDrafts) {
        OrgUnit office = consolidations.requireOffice(viewer, officeId);
        return compile(office, consolidations.periodOrLatest(office, periodId), includeDrafts);
    }

    /** For an office already checked (or the composer of its own report). */
    public Compilation compile(OrgUnit office, ReportingPeriod period, boolean includeDrafts) {
        List<UnitReport> units = consolidations.unitReports(office, period);
        ConsolidatedTable dossier = consolidations.table(office, period, includeDrafts);
        FigureCompiler compiler = new FigureCompiler(ratios(), v -> indicatorValues.format(v, false));
        List<UnitReport> counted =
                units.stream().filter(u -> u.counted(includeDrafts)).toList();
        Map<Long, Figures> dossierByUnit = new HashMap<>();
        for (ConsolidationRow r : dossier.rows()) if (r.counted()) dossierByUnit.put(r.orgUnitId(), r.figures());
        List<FigureCompiler.UnitInput> inputs = inputs(counted, dossierByUnit, period);
        List<CompiledFigure> figures = compiler.compile(inputs);

        ReportingPeriod previous = dossier.previousPeriod();
        List<YearOnYear> yoy = List.of();
        if (previous != null && !counted.isEmpty()) {
            Map<Long, UnitReport> last = consolidations.reportsOf(
                    previous, counted.stream().map(UnitReport::orgUnitId).toList());
            List<UnitReport> lastCounted = last.values().stream()
                    .filter(u -> u.counted(includeDrafts))
                    .map(u -> new UnitReport(
                            u.orgUnitId(), nameOf(counted, u.orgUnitId()), u.reportId(), u.status(), u.late()))
                    .toList();
            Map<Long, Figures> lastDossier = new HashMap<>();
            for (ConsolidationRow r : dossier.rows()) {
                if (r.previous() != null && !r.previous().isEmpty()) lastDossier.put(r.orgUnitId(), r.previous());
            }
            Map<Long, FigureCompiler.UnitInput> lastInputs = inputs(lastCounted, lastDossier, previous).stream()
                    .collect(Collectors.toMap(FigureCompiler.UnitInput::orgUnitId, Function.identity()));
            yoy = new YearOnYearCompiler(compiler).compare(figures, inputs, lastInputs);
        }
        return new Compilation(
                office, period, previous, includeDrafts, units, figures, yoy, dossier, LocalDate.now(clock));
    }

    /** Whether the unit compiles anything for the period: it has units under it on the period's last day. */
    public boolean compiles(OrgUnit unit, ReportingPeriod period) {
        return !consolidations.unitReports(unit, period).isEmpty();
    }

    /**
     * The texts the office's units wrote for a section of their reports of the same period, beside the office's own
     * editor. Only the office's own report, by its own people (or an administrator): 404 otherwise; only its units.
     */
    public List<UnitText> unitTexts(UnitViewer viewer, long officeReportId, String sectionCode) {
        Report report = reports.get(viewer, officeReportId);
        if (!viewer.seesAll() && !report.getOrgUnitId().equals(viewer.unitId())) {
            throw new NotFoundException("error.report.notFound", officeReportId);
        }
        if (sectionCode == null
                || Arrays.stream(ReportSection.values()).noneMatch(s -> s.code().equals(sectionCode))) {
            throw new ValidationFailedException(List.of(
                    new FieldViolation("section", "Mục: không có mục «" + sectionCode + "» trong đề cương báo cáo.")));
        }
        OrgUnit office = orgUnits.get(report.getOrgUnitId());
        ReportingPeriod period = periods.get(report.getPeriodId());
        List<UnitReport> units = consolidations.unitReports(office, period).stream()
                .filter(u -> u.reportId() != null)
                .toList();
        Map<Long, String> texts =
                narratives.sectionOf(units.stream().map(UnitReport::reportId).toList(), sectionCode);
        List<UnitText> out = new ArrayList<>();
        for (UnitReport u : units) {
            String text = texts.get(u.reportId());
            if (text == null) continue;
            out.add(new UnitText(
                    u.orgUnitId(),
                    u.orgUnitName(),
                    u.reportId(),
                    u.status(),
                    text,
                    "UBND " + u.orgUnitName() + ": " + text.strip()));
        }
        return out;
    }

    private List<FigureCompiler.UnitInput> inputs(
            List<UnitReport> units, Map<Long, Figures> dossier, ReportingPeriod period) {
        Map<Long, List<IndicatorValueView>> values = indicatorValues.forReports(
                units.stream().map(UnitReport::reportId).toList());
        Set<Long> offices = consolidations.compilingUnits(
                units.stream().map(UnitReport::orgUnitId).toList(), period);
        List<FigureCompiler.UnitInput> out = new ArrayList<>();
        for (UnitReport u : units) {
            Map<String, IndicatorValueView> byCode = new LinkedHashMap<>();
            // one more level (a district before 07/2025): its figures are what its own report compiles, signed only
            if (offices.contains(u.orgUnitId())) {
                for (CompiledFigure f :
                        compile(orgUnits.get(u.orgUnitId()), period, false).figures()) {
                    byCode.put(f.code(), FigureCompiler.asUnitValue(f));
                }
            }
            for (IndicatorValueView v : values.getOrDefault(u.reportId(), List.of())) byCode.putIfAbsent(v.code(), v);
            out.add(new FigureCompiler.UnitInput(u.orgUnitId(), u.orgUnitName(), byCode, dossier.get(u.orgUnitId())));
        }
        return out;
    }

    private Map<String, IndicatorRelations.Ratio> ratios() {
        Map<String, IndicatorRelations.Ratio> out = new HashMap<>();
        relations.ratios().forEach(r -> out.put(r.code(), r));
        return out;
    }

    private static String nameOf(List<UnitReport> units, long unitId) {
        return units.stream()
                .filter(u -> u.orgUnitId() == unitId)
                .map(UnitReport::orgUnitName)
                .findFirst()
                .orElse("");
    }
}
