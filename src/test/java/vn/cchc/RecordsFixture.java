package vn.cchc;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.account.CurrentUser;
import vn.cchc.account.Role;
import vn.cchc.orgunit.NewOrgUnit;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.report.Reports;

/**
 * Fresh data for record tests: a new district of its own with a new commune, a new period (scheduled by that
 * district, labelled year 2099 so no "year 2023" list grows) and its empty report, and clerk and reviewer
 * principals, so tests never touch, nor add to, the demo data other tests read.
 */
public final class RecordsFixture {

    public record Fresh(long unitId, long districtId, long reportId, CurrentUser clerk, CurrentUser reviewer) {}

    public static final int YEAR_LABEL = 2099;

    private final OrgUnits orgUnits;
    private final Periods periods;
    private final Reports reports;
    private final JdbcTemplate jdbc;

    public RecordsFixture(OrgUnits orgUnits, Periods periods, Reports reports, JdbcTemplate jdbc) {
        this.orgUnits = orgUnits;
        this.periods = periods;
        this.reports = reports;
        this.jdbc = jdbc;
    }

    /** A new commune with a report for a new yearly period with the given window. */
    public Fresh commune(LocalDate windowStart, LocalDate windowEnd) {
        String n = UniqueTag.next();
        String code = "TEST_REC_" + n;
        OrgUnit parent = orgUnits.create(new NewOrgUnit(
                "TEST_DIST_" + n,
                null,
                "huyện Thử Nghiệm " + n,
                "UBND HUYỆN THỬ NGHIỆM " + n,
                "Thử Nghiệm",
                OrgUnitLevel.DISTRICT,
                LocalDate.of(1997, 1, 1),
                null,
                null));
        OrgUnit unit = orgUnits.create(new NewOrgUnit(
                code,
                null,
                "xã Thử Nghiệm " + n,
                "UBND XÃ THỬ NGHIỆM " + n,
                "Thử Nghiệm",
                OrgUnitLevel.COMMUNE,
                LocalDate.of(1997, 1, 1),
                null,
                parent.getId()));
        CurrentUser clerk = new CurrentUser(
                -1L, "test-clerk-" + n, "Thư ký thử nghiệm", Role.CLERK, unit.getId(), false, "{noop}x", false, true);
        CurrentUser reviewer = new CurrentUser(
                -2L,
                "test-reviewer-" + n,
                "Phòng Nội vụ thử nghiệm",
                Role.REVIEWER,
                parent.getId(),
                false,
                "{noop}x",
                false,
                true);
        return new Fresh(
                unit.getId(), parent.getId(), reportFor(unit.getId(), windowStart, windowEnd), clerk, reviewer);
    }

    /** Another report of the same unit for a new period. */
    public long reportFor(long unitId, LocalDate windowStart, LocalDate windowEnd) {
        String n = UniqueTag.next();
        long schedule = orgUnits.get(unitId).getId();
        ReportingPeriod p = periods.create(new NewPeriod(
                schedule,
                PeriodKind.AD_HOC,
                "thử nghiệm " + n,
                YEAR_LABEL,
                windowStart,
                windowEnd,
                windowEnd.plusDays(5)));
        return reports.createEmpty(unitId, p.getId()).getId();
    }

    public void setStatus(long reportId, String status) {
        jdbc.update("update report set status = ? where id = ?", status, reportId);
    }
}
