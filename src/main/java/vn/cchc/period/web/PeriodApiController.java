package vn.cchc.period.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.shared.ForbiddenException;

/** Periods over the API: an administrator sets any, an office its own (and opening one creates its reports). */
@RestController
@RequestMapping("/api/v1/periods")
class PeriodApiController {

    private final Periods periods;
    private final OrgUnits orgUnits;

    PeriodApiController(Periods periods, OrgUnits orgUnits) {
        this.periods = periods;
        this.orgUnits = orgUnits;
    }

    @GetMapping
    List<PeriodJson> list(@AuthenticationPrincipal UnitViewer viewer, @RequestParam(required = false) Integer year) {
        return (year == null ? periods.all() : periods.ofYear(year))
                .stream().filter(p -> concerns(viewer, p)).map(PeriodJson::of).toList();
    }

    @PostMapping
    ResponseEntity<PeriodJson> create(@AuthenticationPrincipal UnitViewer viewer, @RequestBody PeriodBody body) {
        boolean office = viewer.seesSubordinates()
                && viewer.unitId() != null
                && viewer.unitId().equals(body.scheduleUnitId());
        if (!viewer.seesAll() && !office) throw new ForbiddenException("commune.error.periodForbidden");
        if (body.scheduleUnitId() != null) orgUnits.get(body.scheduleUnitId());
        ReportingPeriod p = periods.createAndOpen(new NewPeriod(
                body.scheduleUnitId(),
                body.kind(),
                body.title(),
                body.year(),
                body.windowStart(),
                body.windowEnd(),
                body.deadline(),
                body.reportKindId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(PeriodJson.of(p));
    }

    /** The periods the caller works with: set by a unit they see, or applying to their own unit. */
    private boolean concerns(UnitViewer viewer, ReportingPeriod p) {
        if (viewer.seesAll()) return true;
        if (orgUnits.canSee(viewer, p.getScheduleUnitId())) return true;
        return orgUnits.belongsOn(
                viewer.unitId(),
                p.getScheduleUnitId(),
                OrgUnits.lastValidDay(orgUnits.get(viewer.unitId()), p.getWindowEnd()));
    }

    record PeriodBody(
            Long scheduleUnitId,
            PeriodKind kind,
            String title,
            Integer year,
            LocalDate windowStart,
            LocalDate windowEnd,
            LocalDate deadline,
            Long reportKindId) {}

    record PeriodJson(
            Long id,
            Long scheduleUnitId,
            String kind,
            Long reportKindId,
            String title,
            int year,
            LocalDate windowStart,
            LocalDate windowEnd,
            LocalDate deadline,
            boolean opened) {
        static PeriodJson of(ReportingPeriod p) {
            return new PeriodJson(
                    p.getId(),
                    p.getScheduleUnitId(),
                    p.getKind().name(),
                    p.getReportKindId(),
                    p.getTitle(),
                    p.getYear(),
                    p.getWindowStart(),
                    p.getWindowEnd(),
                    p.getDeadline(),
                    p.isOpened());
        }
    }
}
