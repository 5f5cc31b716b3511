package vn.cchc.consolidation.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.dossier.DossierGroupKind;
import vn.cchc.dossier.DossierQueries;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierStatisticsService;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.report.Report;
import vn.cchc.report.Reports;
import vn.cchc.shared.StartupDataStep;

/**
 * Demo history for the year-on-year comparison: Hải Dương's period "năm 2022" (10/12/2021–09/12/2022, due
 * 15/12/2022) with ACCEPTED reports of the five Thanh Hà communes and synthetic, arithmetically consistent
 * one-stop figures ((3) = (4)+(5)+(6), (7) = (8)+(9)+(10), (11) = (12)+(13), (3) = (7)+(11); Liên Mạc's 2022
 * pending 3 is its 2023 carried-over 3). Runs once, after the foundation demo data, when that period is absent.
 */
@Component
@ConditionalOnProperty(name = "cchc.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoHistoryLoader extends StartupDataStep {

    @Override
    protected int order() {
        return 20;
    }

    static final String TITLE = "năm 2022";
    private static final Logger log = LoggerFactory.getLogger(DemoHistoryLoader.class);

    /** code, place, online (4), direct (5), carried over (6), early (8), on time (9), late (10), pending on time (12), signed on. */
    private static final List<Object[]> COMMUNES = List.of(
            new Object[] {"LIEN_MAC", "Liên Mạc", 2320, 41, 5, 2300, 58, 5, 3, LocalDate.of(2022, 12, 12)},
            new Object[] {"THANH_HONG", "Thanh Hồng", 1480, 96, 2, 1390, 170, 12, 5, LocalDate.of(2022, 12, 13)},
            new Object[] {"THANH_XA", "Thanh Xá", 905, 120, 0, 800, 215, 6, 4, LocalDate.of(2022, 12, 14)},
            new Object[] {"CAM_CHE", "Cẩm Chế", 1210, 64, 4, 1100, 160, 9, 7, LocalDate.of(2022, 12, 19)},
            new Object[] {"THANH_KHE", "Thanh Khê", 760, 180, 1, 650, 280, 3, 8, LocalDate.of(2022, 12, 15)});

    private final OrgUnits orgUnits;
    private final Periods periods;
    private final Reports reports;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DossierQueries dossier;
    private final DossierStatisticsService dossierStatistics;

    DemoHistoryLoader(
            OrgUnits orgUnits,
            Periods periods,
            Reports reports,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            DossierQueries dossier,
            DossierStatisticsService dossierStatistics) {
        this.dossier = dossier;
        this.dossierStatistics = dossierStatistics;
        this.orgUnits = orgUnits;
        this.periods = periods;
        this.reports = reports;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    protected void load() {
        Optional<OrgUnit> province = orgUnits.byCode("HAI_DUONG");
        if (province.isEmpty() || orgUnits.byCode("LIEN_MAC").isEmpty()) return;
        Integer existing = jdbc.queryForObject(
                "select count(*) from reporting_period where schedule_unit_id = ? and title = ?",
                Integer.class,
                province.get().getId(),
                TITLE);
        if (existing != null && existing > 0) return;
        tx.executeWithoutResult(s -> load(province.get()));
        log.info("Demo history loaded (năm 2022 of the Thanh Hà communes, for the year-on-year comparison)");
    }

    private void load(OrgUnit province) {
        ReportingPeriod p = periods.create(new NewPeriod(
                province.getId(),
                PeriodKind.YEAR,
                TITLE,
                2022,
                LocalDate.of(2021, 12, 10),
                LocalDate.of(2022, 12, 9),
                LocalDate.of(2022, 12, 15)));
        int number = 80;
        for (Object[] c : COMMUNES) {
            Optional<OrgUnit> unit = orgUnits.byCode((String) c[0]);
            if (unit.isEmpty()) continue;
            Report r = reports.createEmpty(unit.get().getId(), p.getId());
            LocalDate signedOn = (LocalDate) c[9];
            boolean late = signedOn.isAfter(p.getDeadline());
            jdbc.update(
                    """
                    update report set status = 'ACCEPTED', number_symbol = ?, report_date = ?, signer_authority = ?,
                      signer_title = 'CHỦ TỊCH', signer_name = ?, submitted_at = ?, submitted_late = ?, signed_at = ?,
                      accepted_at = ?, summary_lines = ? where id = ?""",
                    (number++) + "/BC-UBND",
                    signedOn,
                    "TM. ỦY BAN NHÂN DÂN XÃ",
                    "(demo) Chủ tịch UBND xã " + c[1],
                    at(signedOn.minusDays(1), 9),
                    late,
                    at(signedOn, 15),
                    at(signedOn.plusDays(3), 10),
                    "Kết quả công tác cải cách hành chính\ntrên địa bàn xã " + c[1] + " năm 2022",
                    r.getId());
            int online = (int) c[2], direct = (int) c[3], carried = (int) c[4];
            int early = (int) c[5], onTime = (int) c[6], lateResolved = (int) c[7], pendingOnTime = (int) c[8];
            int received = online + direct + carried;
            // last year's in-progress must be what the 2023 report says it carried over, or the checks would
            // (rightly) flag every demo commune
            Integer carriedInto2023 = jdbc.queryForList("""
                    select r.id from report r join reporting_period p on p.id = r.period_id
                    where r.org_unit_id = ? and p.year = 2023""", Long.class, r.getOrgUnitId()).stream()
                    .map(dossier::rows)
                    .filter(rows -> !rows.isEmpty())
                    .map(rows -> rows.get(0).receivedCarriedOver())
                    .findFirst()
                    .orElse(null);
            if (carriedInto2023 != null) {
                onTime = received - early - lateResolved - carriedInto2023;
                pendingOnTime = Math.min(pendingOnTime, carriedInto2023);
            }
            int resolved = early + onTime + lateResolved;
            int pending = received - resolved;
            dossierStatistics.seedDemo(
                    r.getId(),
                    List.of(DossierRowView.of(
                            (String) c[1],
                            DossierGroupKind.UNIT,
                            received,
                            online,
                            direct,
                            carried,
                            resolved,
                            early,
                            onTime,
                            lateResolved,
                            pending,
                            pendingOnTime,
                            pending - pendingOnTime)));
        }
    }

    private static Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(LocalDateTime.of(day, LocalTime.of(hour, 0))
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant());
    }
}
