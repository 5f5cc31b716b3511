package vn.cchc.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.NotFoundException;

/** Finding reports the viewer may see, opening one, creating the empty report of a unit for a period. */
@Service
@Transactional(readOnly = true)
public class Reports {

    private final ReportRepository reports;
    private final OrgUnits orgUnits;
    private final Periods periods;
    private final AuditTrail audit;

    Reports(ReportRepository reports, OrgUnits orgUnits, Periods periods, AuditTrail audit) {
        this.reports = reports;
        this.orgUnits = orgUnits;
        this.periods = periods;
        this.audit = audit;
    }

    /** The report, if the viewer may see it; otherwise 404 (never reveal another unit's data). */
    public Report get(UnitViewer viewer, long reportId) {
        Report r =
                reports.findById(reportId).orElseThrow(() -> new NotFoundException("error.report.notFound", reportId));
        if (!orgUnits.canSee(viewer, r.getOrgUnitId())) throw new NotFoundException("error.report.notFound", reportId);
        return r;
    }

    /** The report by id without a viewer: for internal steps that already checked access. */
    public Report getInternal(long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NotFoundException("error.report.notFound", reportId));
    }

    /** Reports the viewer may see, optionally of one year (the period's year) and one unit. */
    public List<ReportSummary> visible(UnitViewer viewer, Integer year, Long orgUnitId) {
        Set<Long> unitIds = orgUnits.visibleUnitIds(viewer);
        if (orgUnitId != null) {
            if (!unitIds.contains(orgUnitId)) return List.of();
            unitIds = Set.of(orgUnitId);
        }
        List<Report> found = reports.findByOrgUnitIdIn(unitIds);
        // each unit and period read once for the whole list, not twice per report
        Map<Long, OrgUnit> units =
                orgUnits.byIds(found.stream().map(Report::getOrgUnitId).collect(Collectors.toSet()));
        Map<Long, ReportingPeriod> ofPeriod =
                periods.byIds(found.stream().map(Report::getPeriodId).collect(Collectors.toSet()));
        return found.stream()
                .map(r -> summarise(r, units.get(r.getOrgUnitId()), ofPeriod.get(r.getPeriodId())))
                .filter(s -> year == null
                        || s.periodEnd().getYear() == year
                        || ofPeriod.get(s.periodId()).getYear() == year)
                .sorted(Comparator.comparing(ReportSummary::periodEnd)
                        .reversed()
                        .thenComparing(ReportSummary::orgUnitName))
                .toList();
    }

    public ReportSummary summarise(Report r) {
        return summarise(r, orgUnits.get(r.getOrgUnitId()), periods.get(r.getPeriodId()));
    }

    private static ReportSummary summarise(Report r, OrgUnit unit, ReportingPeriod p) {
        return new ReportSummary(
                r.getId(),
                unit.getId(),
                unit.getName(),
                p.getId(),
                p.getTitle(),
                p.getWindowStart(),
                p.getWindowEnd(),
                p.getDeadline(),
                r.getStatus(),
                r.getRevision(),
                r.isSubmittedLate());
    }

    /**
     * Every change to a report's records goes through here first: only a draft or a returned report may change
     * (409 otherwise), and only a viewer who may see it (404 otherwise).
     */
    public Report requireEditable(UnitViewer viewer, long reportId) {
        Report r = get(viewer, reportId);
        if (!r.isEditable()) throw new ConflictException("error.report.frozen");
        return r;
    }

    /**
     * As {@link #requireEditable}, with the report's row locked until the caller's transaction ends: writers
     * of one report then run one after the other, so a version read after this is the committed one and two
     * first saves of the same record cannot both insert it (one would fail on the unique key with a 500).
     */
    @Transactional
    public Report lockEditable(UnitViewer viewer, long reportId) {
        Report r =
                reports.lockById(reportId).orElseThrow(() -> new NotFoundException("error.report.notFound", reportId));
        if (!orgUnits.canSee(viewer, r.getOrgUnitId())) throw new NotFoundException("error.report.notFound", reportId);
        if (!r.isEditable()) throw new ConflictException("error.report.frozen");
        return r;
    }

    @Transactional
    public Report createEmpty(long orgUnitId, long periodId) {
        orgUnits.get(orgUnitId);
        periods.get(periodId);
        if (reports.findByOrgUnitIdAndPeriodId(orgUnitId, periodId).isPresent()) {
            throw new ConflictException("error.report.exists");
        }
        Report r = reports.save(new Report(orgUnitId, periodId));
        audit.record(
                AuditEvent.of("CREATE", "Report", r.getId(), null, Map.of("orgUnitId", orgUnitId, "periodId", periodId))
                        .forReport(r.getId(), orgUnitId));
        return r;
    }

    /** Sets the header without a version check: for loaders and internal steps, not for a user's form. */
    @Transactional
    public Report updateHeader(UnitViewer viewer, long reportId, ReportHeader header) {
        return write(get(viewer, reportId), header);
    }

    /**
     * Sets the header from a form opened on {@code expectedVersion}. The check is made here, in the saving
     * transaction, on a row locked until commit (SELECT … FOR UPDATE): of two saves on the same version
     * exactly one wins, the other gets 409 «đã được người khác thay đổi» — checked in the controller before,
     * both passed and one change was lost.
     */
    @Transactional
    public Report updateHeader(UnitViewer viewer, long reportId, ReportHeader header, long expectedVersion) {
        // Locked before it is read, so the version compared is the committed one (not a copy loaded earlier).
        Report r =
                reports.lockById(reportId).orElseThrow(() -> new NotFoundException("error.report.notFound", reportId));
        if (!orgUnits.canSee(viewer, r.getOrgUnitId())) throw new NotFoundException("error.report.notFound", reportId);
        if (r.getLockVersion() != expectedVersion) throw new ConflictException("error.staleVersion");
        return write(r, header);
    }

    private Report write(Report r, ReportHeader header) {
        if (!r.isEditable()) throw new ConflictException("error.report.frozen");
        ReportHeader before = r.header();
        r.updateHeader(header);
        audit.record(
                AuditEvent.of("UPDATE", "Report", r.getId(), before, header).forReport(r.getId(), r.getOrgUnitId()));
        return r;
    }
}
