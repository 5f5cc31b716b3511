package vn.cchc.report;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.account.CurrentUser;
import vn.cchc.account.Role;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.PeriodOpened;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

/**
 * Opening reports. A period applies to the communes that exist on its window's last day and belong, on that day,
 * to the unit that set it (a province's period reaches all its communes, a district office's ad-hoc period only
 * its own). Opening the period creates the missing reports; a clerk may also open their own unit's report.
 */
@Service
@Transactional(readOnly = true)
public class ReportOpening {

    private final Reports reports;
    private final ReportRepository repository;
    private final OrgUnits orgUnits;
    private final Periods periods;

    ReportOpening(Reports reports, ReportRepository repository, OrgUnits orgUnits, Periods periods) {
        this.reports = reports;
        this.repository = repository;
        this.orgUnits = orgUnits;
        this.periods = periods;
    }

    /** The communes a period applies to. */
    public List<OrgUnit> unitsOf(ReportingPeriod p) {
        return orgUnits.descendantsOn(p.getScheduleUnitId(), p.getWindowEnd()).stream()
                .filter(u -> u.getLevel() == OrgUnitLevel.COMMUNE)
                .toList();
    }

    /** Same transaction as the period's opening: creates only the reports that do not exist yet. */
    @EventListener
    @Transactional
    public void on(PeriodOpened event) {
        ReportingPeriod p = periods.get(event.periodId());
        for (OrgUnit u : unitsOf(p)) {
            if (repository.findByOrgUnitIdAndPeriodId(u.getId(), p.getId()).isEmpty()) {
                reports.createEmpty(u.getId(), p.getId());
            }
        }
    }

    /**
     * «Lập báo cáo»: the unit's clerk (or its office, or an administrator) opens the report of a period that applies
     * to the unit. 404 for a unit the caller may not see, 403 for a role that does not write reports, 422 when the
     * period does not apply, 409 when the report exists.
     */
    @Transactional
    public Report open(CurrentUser user, Long orgUnitId, Long periodId) {
        List<FieldViolation> missing = new ArrayList<>();
        if (orgUnitId == null) missing.add(new FieldViolation("orgUnitId", "Đơn vị: bắt buộc."));
        if (periodId == null) missing.add(new FieldViolation("periodId", "Kỳ báo cáo: bắt buộc."));
        if (!missing.isEmpty()) throw new ValidationFailedException(missing);
        if (!orgUnits.canSee(user, orgUnitId)) throw new NotFoundException("error.orgUnit.notFound", orgUnitId);
        boolean own = orgUnitId.equals(user.unitId());
        boolean allowed =
                user.role() == Role.ADMIN || (user.role() == Role.CLERK && own) || user.role() == Role.REVIEWER;
        if (!allowed) throw new ForbiddenException("commune.error.openForbidden");
        ReportingPeriod p = periods.get(periodId);
        if (!orgUnits.belongsOn(orgUnitId, p.getScheduleUnitId(), p.getWindowEnd())) {
            OrgUnit unit = orgUnits.get(orgUnitId);
            throw new ValidationFailedException(List.of(new FieldViolation(
                    "periodId",
                    "Kỳ báo cáo: kỳ «" + p.getTitle()
                            + "» không áp dụng cho " + unit.getName()
                            + " (đơn vị phải còn hiệu lực vào ngày cuối kỳ và thuộc "
                            + orgUnits.get(p.getScheduleUnitId()).getName() + ").")));
        }
        return reports.createEmpty(orgUnitId, periodId);
    }

    /** Opened periods that apply to the unit and have no report yet (the clerk's «Lập báo cáo» list). */
    public List<ReportingPeriod> openWithoutReport(long unitId) {
        List<ReportingPeriod> out = new ArrayList<>();
        for (ReportingPeriod p : periods.opened()) {
            if (repository.findByOrgUnitIdAndPeriodId(unitId, p.getId()).isPresent()) continue;
            if (orgUnits.belongsOn(unitId, p.getScheduleUnitId(), p.getWindowEnd())) out.add(p);
        }
        return out;
    }
}
