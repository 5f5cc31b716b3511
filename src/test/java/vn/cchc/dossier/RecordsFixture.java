package vn.cchc.dossier;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.account.Accounts;
import vn.cchc.account.NewAccount;
import vn.cchc.account.Role;
import vn.cchc.orgunit.NewOrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

/**
 * Fresh data for write tests, so the demo data stays intact: a commune of its own (no parent, so no district
 * office sees it), its clerk (password «demo») and reports on far-future periods (never the demo's years).
 */
public final class RecordsFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    public record Commune(long unitId, String clerk) {}

    public static Commune commune(OrgUnits orgUnits, Accounts accounts) {
        String code = "TEST_DOSSIER_" + System.nanoTime() + "_" + SEQ.incrementAndGet();
        long unitId = orgUnits.create(new NewOrgUnit(
                        code,
                        null,
                        "xã Thử Nghiệm " + SEQ.get(),
                        "UBND XÃ THỬ NGHIỆM",
                        "Thử Nghiệm",
                        OrgUnitLevel.COMMUNE,
                        LocalDate.of(2000, 1, 1),
                        null,
                        null))
                .getId();
        String clerk = code.toLowerCase() + "-clerk";
        accounts.create(new NewAccount(clerk, "demo", "Cán bộ thử nghiệm", Role.CLERK, unitId, false));
        return new Commune(unitId, clerk);
    }

    /** A new year period (2100 + n) and the commune's empty report for it. */
    public static long report(Periods periods, Reports reports, OrgUnits orgUnits, long unitId, int year) {
        long province = orgUnits.byCode("HAI_DUONG").orElseThrow().getId();
        long periodId = periods.create(new NewPeriod(
                        province,
                        PeriodKind.YEAR,
                        "năm " + year + " (thử " + SEQ.incrementAndGet() + ")",
                        year,
                        LocalDate.of(year - 1, 12, 10),
                        LocalDate.of(year, 12, 9),
                        LocalDate.of(year, 12, 15)))
                .getId();
        return reports.createEmpty(unitId, periodId).getId();
    }

    public static void freeze(JdbcTemplate jdbc, long reportId) {
        jdbc.update("update report set status = 'SUBMITTED' where id = ?", reportId);
    }

    public static UserDetails user(UserDetailsService users, String username) {
        return users.loadUserByUsername(username);
    }

    private RecordsFixture() {}
}
