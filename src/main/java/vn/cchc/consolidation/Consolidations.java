package vn.cchc.consolidation;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.consolidation.internal.ConsolidationQueries;
import vn.cchc.consolidation.internal.ConsolidationQueries.ReportRow;
import vn.cchc.consolidation.internal.ConsolidationQueries.UnitRef;
import vn.cchc.consolidation.internal.SignedReportsZip;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.report.ReportStatus;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.NotFoundException;

/**
 * The receiving office's view over all units reporting to it: the completeness board and the consolidated one-stop
 * table. Only the office itself (REVIEWER of that unit) or an administrator may ask — anyone else gets 403.
 */
@Service
@Transactional(readOnly = true)
public class Consolidations {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ConsolidationQueries queries;
    private final OrgUnits orgUnits;
    private final Periods periods;
    private final ReportFindings findings;
    private final Clock clock;
    private final SignedReportsZip signedZip;

    Consolidations(
            ConsolidationQueries queries,
            OrgUnits orgUnits,
            Periods periods,
            ReportFindings findings,
            Clock clock,
            SignedReportsZip signedZip) {
        this.signedZip = signedZip;
        this.queries = queries;
        this.orgUnits = orgUnits;
        this.periods = periods;
        this.findings = findings;
        this.clock = clock;
    }

    /** The office unit the viewer consolidates for: its own unit (REVIEWER) or any unit (ADMIN); else 403. */
    public OrgUnit requireOffice(UnitViewer viewer, Long parentId) {
        if (viewer.seesAll()) {
            if (parentId == null) throw new NotFoundException("consolidation.error.noOffice");
            return orgUnits.get(parentId);
        }
        if (!viewer.seesSubordinates() || viewer.unitId() == null) {
            throw new ForbiddenException("consolidation.error.forbidden");
        }
        if (parentId != null && !parentId.equals(viewer.unitId())) {
            throw new ForbiddenException("consolidation.error.forbidden");
        }
        return orgUnits.get(viewer.unitId());
    }

    /**
     * Periods that concern the office, newest first: scheduled by the office itself or by a unit above it (as the
     * hierarchy stood at the period's end), with at least one unit reporting to the office then.
     */
    public List<ReportingPeriod> periodsOf(OrgUnit office) {
        return periods.all().stream().filter(p -> concerns(office, p)).toList();
    }

    private boolean concerns(OrgUnit office, ReportingPeriod p) {
        boolean scheduled = p.getScheduleUnitId().equals(office.getId())
                || orgUnits.ancestorsOn(office.getId(), p.getWindowEnd()).stream()
                        .anyMatch(u -> u.getId().equals(p.getScheduleUnitId()));
        return scheduled && queries.hasUnitsUnder(office.getId(), p.getWindowEnd());
    }

    /** The period of the year for the office: an annual one first, then others of the year; 404 if none. */
    public ReportingPeriod periodFor(OrgUnit office, int year) {
        return periods.ofYear(year).stream()
                .filter(p -> concerns(office, p))
                .min(Comparator.comparing((ReportingPeriod p) -> p.getKind() != PeriodKind.YEAR)
                        .thenComparing(ReportingPeriod::getWindowEnd, Comparator.reverseOrder()))
                .orElseThrow(() -> new NotFoundException("consolidation.error.noPeriod", year));
    }

    /** The requested period, or the latest period with units under the office. */
    public ReportingPeriod periodOrLatest(OrgUnit office, Long periodId) {
        if (periodId != null) return periods.get(periodId);
        return periodsOf(office).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("consolidation.error.noPeriodAtAll"));
    }

    public Board board(UnitViewer viewer, Long parentId, Long periodId) {
        OrgUnit office = requireOffice(viewer, parentId);
        ReportingPeriod period = periodOrLatest(office, periodId);
        List<UnitRef> units = queries.unitsUnder(office.getId(), period.getWindowEnd());
        Map<Long, ReportRow> reports = queries.reportsOf(
                period.getId(), units.stream().map(UnitRef::id).toList());
        LocalDate today = LocalDate.now(clock);
        List<BoardEntry> entries = new ArrayList<>();
        for (UnitRef u : units) {
            ReportRow r = reports.get(u.id());
            if (r == null) {
                entries.add(new BoardEntry(
                        u.id(), u.name(), null, null, null, null, null, today.isAfter(period.getDeadline()), null));
            } else {
                entries.add(new BoardEntry(
                        u.id(),
                        u.name(),
                        r.id(),
                        r.status(),
                        r.submittedAt(),
                        r.signedAt(),
                        r.acceptedAt(),
                        late(r, period, today),
                        findings.count(r.id())));
            }
        }
        int reported = (int) entries.stream().filter(BoardEntry::reported).count();
        return new Board(
                office,
                period,
                entries,
                entries.size(),
                reported,
                (int) entries.stream()
                        .filter(e -> e.status() == ReportStatus.SIGNED)
                        .count(),
                (int) entries.stream()
                        .filter(e -> e.status() == ReportStatus.ACCEPTED)
                        .count(),
                entries.size() - reported,
                (int) entries.stream().filter(BoardEntry::late).count());
    }

    /**
     * The units under the office on the period's end with their reports, in Vietnamese name order, judged late as
     * the board judges them (without running the checks): for the office's own compiled report.
     */
    public List<UnitReport> unitReports(OrgUnit office, ReportingPeriod period) {
        List<UnitRef> units = queries.unitsUnder(office.getId(), period.getWindowEnd());
        Map<Long, ReportRow> reports = queries.reportsOf(
                period.getId(), units.stream().map(UnitRef::id).toList());
        LocalDate today = LocalDate.now(clock);
        List<UnitReport> out = new ArrayList<>();
        for (UnitRef u : units) {
            ReportRow r = reports.get(u.id());
            out.add(
                    r == null
                            ? new UnitReport(u.id(), u.name(), null, null, today.isAfter(period.getDeadline()))
                            : new UnitReport(u.id(), u.name(), r.id(), r.status(), late(r, period, today)));
        }
        return out;
    }

    /** The given units' reports of a period (unit id → report), e.g. last year's of this year's counted units. */
    public Map<Long, UnitReport> reportsOf(ReportingPeriod period, Collection<Long> unitIds) {
        Map<Long, UnitReport> out = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        queries.reportsOf(period.getId(), unitIds)
                .forEach((unitId, r) ->
                        out.put(unitId, new UnitReport(unitId, "", r.id(), r.status(), late(r, period, today))));
        return out;
    }

    /** The same kind of period one year earlier (scheduled by the same unit or a predecessor), if any. */
    public Optional<ReportingPeriod> previousPeriod(ReportingPeriod period) {
        return queries.previousPeriodId(period).map(periods::get);
    }

    /**
     * Late: submitted late (the workflow's flag), or reached the office (signed) after the deadline, or has not
     * reached it and the deadline has passed.
     */
    static boolean late(ReportRow r, ReportingPeriod p, LocalDate today) {
        if (r.submittedLate()) return true;
        Instant reachedOffice = r.signedAt();
        if (reachedOffice != null) return reachedOffice.atZone(VN).toLocalDate().isAfter(p.getDeadline());
        boolean reported = r.status() == ReportStatus.SIGNED || r.status() == ReportStatus.ACCEPTED;
        return !reported && today.isAfter(p.getDeadline());
    }

    public ConsolidatedTable tableOfYear(UnitViewer viewer, Long parentId, int year, boolean includeDrafts) {
        OrgUnit office = requireOffice(viewer, parentId);
        return table(office, periodFor(office, year), includeDrafts);
    }

    public ConsolidatedTable table(UnitViewer viewer, Long parentId, Long periodId, boolean includeDrafts) {
        OrgUnit office = requireOffice(viewer, parentId);
        return table(office, periodOrLatest(office, periodId), includeDrafts);
    }

    /** The table for an office already checked by {@link #requireOffice}. */
    public ConsolidatedTable table(OrgUnit office, ReportingPeriod period, boolean includeDrafts) {
        List<UnitRef> units = queries.unitsUnder(office.getId(), period.getWindowEnd());
        List<Long> unitIds = units.stream().map(UnitRef::id).toList();
        Map<Long, ReportRow> reports = queries.reportsOf(period.getId(), unitIds);
        Map<Long, Figures> figures =
                queries.figuresOf(reports.values().stream().map(ReportRow::id).toList());
        addNested(reports, figures, period);

        Optional<ReportingPeriod> previous = queries.previousPeriodId(period).map(periods::get);
        Map<Long, Figures> previousByUnit =
                previous.map(p -> previousFigures(p, unitIds, includeDrafts)).orElse(Map.of());

        List<ConsolidationRow> rows = new ArrayList<>();
        for (UnitRef u : units) {
            ReportRow r = reports.get(u.id());
            Figures f = r == null ? null : figures.get(r.id());
            boolean counted = r != null && f != null && counts(r.status(), includeDrafts);
            rows.add(new ConsolidationRow(
                    u.id(),
                    u.name(),
                    r == null ? null : r.id(),
                    r == null ? null : r.status(),
                    counted,
                    counted ? f : Figures.empty(),
                    previousByUnit.getOrDefault(u.id(), Figures.empty())));
        }
        List<Figures> counted = rows.stream()
                .filter(ConsolidationRow::counted)
                .map(ConsolidationRow::figures)
                .toList();
        Figures total = counted.isEmpty() ? Figures.empty() : Figures.sum(counted); // nothing counted: unknown, not 0
        // like with like: both years' totals over the units counted this year that have last year's figures too
        List<ConsolidationRow> comparable = rows.stream()
                .filter(r -> r.counted() && previousByUnit.containsKey(r.orgUnitId()))
                .toList();
        // no unit to compare: unknown (empty), not 0
        Figures previousTotal = previous.isEmpty()
                ? null
                : comparable.isEmpty()
                        ? Figures.empty()
                        : Figures.sum(comparable.stream()
                                .map(ConsolidationRow::previous)
                                .toList());
        Figures comparableTotal = previous.isEmpty()
                ? null
                : comparable.isEmpty()
                        ? Figures.empty()
                        : Figures.sum(comparable.stream()
                                .map(ConsolidationRow::figures)
                                .toList());
        return new ConsolidatedTable(
                office,
                period,
                previous.orElse(null),
                includeDrafts,
                rows,
                total,
                previousTotal,
                LocalDate.now(clock),
                comparableTotal,
                comparable.size());
    }

    /**
     * Streams the ZIP of the latest signed snapshot (PDF + DOCX) of every signed or accepted report of the period's
     * units into {@code out}; returns how many reports it holds. The office must have been checked.
     */
    public int writeSignedReports(OrgUnit office, ReportingPeriod period, String listHeader, OutputStream out) {
        List<Long> unitIds = queries.unitsUnder(office.getId(), period.getWindowEnd()).stream()
                .map(UnitRef::id)
                .toList();
        return signedZip.write(period.getId(), unitIds, listHeader, out);
    }

    /**
     * One more level, the same code: a unit with units under it (a district before 07/2025) keeps no Biểu 06 rows of
     * its own; its report's figures are the total of its own consolidated table over its units' signed reports.
     */
    private void addNested(Map<Long, ReportRow> reports, Map<Long, Figures> figures, ReportingPeriod period) {
        List<Long> without = reports.values().stream()
                .filter(r -> !figures.containsKey(r.id()))
                .map(ReportRow::orgUnitId)
                .toList();
        if (without.isEmpty()) return;
        for (Long unitId : queries.withUnitsUnder(without, period.getWindowEnd())) {
            ConsolidatedTable nested = table(orgUnits.get(unitId), period, false);
            if (!nested.countedRows().isEmpty()) figures.put(reports.get(unitId).id(), nested.total());
        }
    }

    /** Those of the given units that compile from units under them at the period's end (one query). */
    public Set<Long> compilingUnits(Collection<Long> unitIds, ReportingPeriod period) {
        return queries.withUnitsUnder(unitIds, period.getWindowEnd());
    }

    static boolean counts(ReportStatus s, boolean includeDrafts) {
        return includeDrafts || s == ReportStatus.SIGNED || s == ReportStatus.ACCEPTED;
    }

    /**
     * Last year's figures per current unit: its own report of the previous period, or — for a unit created by a
     * merge — the sum of its predecessors' reports. Units with nothing countable last year are absent.
     */
    private Map<Long, Figures> previousFigures(ReportingPeriod previous, List<Long> unitIds, boolean includeDrafts) {
        Map<Long, List<Long>> predecessors = queries.predecessorsOf(unitIds);
        List<Long> all = new ArrayList<>(unitIds);
        predecessors.values().forEach(all::addAll);
        Map<Long, ReportRow> reports = queries.reportsOf(previous.getId(), all);
        Map<Long, Figures> figures = queries.figuresOf(reports.values().stream()
                .filter(r -> counts(r.status(), includeDrafts))
                .map(ReportRow::id)
                .toList());
        addNested(reports, figures, previous);
        Map<Long, Figures> out = new HashMap<>();
        for (Long unitId : unitIds) {
            List<Long> sources =
                    reports.containsKey(unitId) ? List.of(unitId) : predecessors.getOrDefault(unitId, List.of());
            List<Figures> parts = sources.stream()
                    .map(reports::get)
                    .filter(Objects::nonNull)
                    .map(r -> figures.get(r.id()))
                    .filter(Objects::nonNull)
                    .toList();
            if (!parts.isEmpty()) out.put(unitId, Figures.sum(parts));
        }
        return out;
    }
}
