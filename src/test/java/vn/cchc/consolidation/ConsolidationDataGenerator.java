package vn.cchc.consolidation;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.account.Accounts;
import vn.cchc.account.NewAccount;
import vn.cchc.account.Role;

/**
 * Synthetic consolidation data, set-based SQL so that 1,000 communes take about a second: a synthetic province
 * (the schedule unit), a district under it with its receiving-office account, N communes under the district,
 * annual periods for several years, one report per commune and year (mostly ACCEPTED; every 10th commune has none,
 * every 10th is a DRAFT, every 10th SIGNED) with one UNIT dossier row whose arithmetic is consistent, and — if
 * asked — signed snapshots in {@code report_snapshot} with a ~30 KB PDF and a ~12 KB DOCX of random bytes.
 * Test code only.
 */
public class ConsolidationDataGenerator {

    public static final String PASSWORD = "demo-bench";

    private final JdbcTemplate jdbc;
    private final Accounts accounts;

    public ConsolidationDataGenerator(JdbcTemplate jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public record Generated(
            String prefix,
            long provinceId,
            long districtId,
            List<Long> communeIds,
            Map<Integer, Long> periodIds,
            String reviewer) {}

    /** @param prefix unique code prefix (upper case letters/digits) */
    public Generated generate(String prefix, int communes, int firstYear, int years, boolean snapshots) {
        return generate(prefix, communes, firstYear, years, snapshots, false);
    }

    /** @param allSigned every commune has a report, SIGNED or ACCEPTED (for the ZIP benchmark: N signed reports) */
    public Generated generate(
            String prefix, int communes, int firstYear, int years, boolean snapshots, boolean allSigned) {
        LocalDate since = LocalDate.of(2000, 1, 1);
        long province = unit(prefix + "_P", "tỉnh Thử " + prefix, "UBND TỈNH THỬ " + prefix, "Thử", "PROVINCE", since);
        long district =
                unit(prefix + "_D", "huyện Thử " + prefix, "UBND HUYỆN THỬ " + prefix, "Thử Nghiệm", "DISTRICT", since);
        link(district, province, since);
        jdbc.update("""
                insert into org_unit (code, name, letterhead_name, place_name, level, valid_from)
                select ? || '_C' || lpad(g::text, 5, '0'), 'xã Thử ' || ? || ' số ' || lpad(g::text, 4, '0'), 'UBND XÃ THỬ SỐ ' || g,
                       'Thử ' || g, 'COMMUNE', ? from generate_series(1, ?) g""", prefix, prefix, Date.valueOf(since), communes);
        jdbc.update("""
                insert into org_unit_parent (child_id, parent_id, valid_from)
                select id, ?, ? from org_unit where code like ? || '\\_C%'""", district, Date.valueOf(since), prefix);
        List<Long> communeIds = jdbc.queryForList(
                "select id from org_unit where code like ? || '\\_C%' order by code", Long.class, prefix);
        Map<Integer, Long> periods = new LinkedHashMap<>();
        for (int y = firstYear; y < firstYear + years; y++) {
            Long pid = jdbc.queryForObject(
                    """
                    insert into reporting_period (schedule_unit_id, kind, title, year, window_start, window_end, deadline)
                    values (?, 'YEAR', ?, ?, ?, ?, ?) returning id""",
                    Long.class,
                    province,
                    "năm " + y,
                    y,
                    Date.valueOf(LocalDate.of(y - 1, 12, 15)),
                    Date.valueOf(LocalDate.of(y, 12, 14)),
                    Date.valueOf(LocalDate.of(y, 12, 20)));
            periods.put(y, pid);
            int offset = y - firstYear;
            // status by position: …8 no report, …9 DRAFT, …7 SIGNED, else ACCEPTED (signed a few days before the
            // deadline)
            jdbc.update(
                    """
                    insert into report (org_unit_id, period_id, status, number_symbol, report_date, submitted_at,
                                        submitted_late, signed_at, accepted_at)
                    select u.id, ?, case when n % 10 = 9 then 'DRAFT' when n % 10 = 7 then 'SIGNED' else 'ACCEPTED' end,
                           n || '/BC-UBND', ?::date,
                           case when n % 10 = 9 then null else (?::date - 3)::timestamptz end,
                           n % 23 = 0,
                           case when n % 10 = 9 then null else (?::date - 2 + (n % 23 = 0)::int * 6)::timestamptz end,
                           case when n % 10 in (0,1,2,3,4,5,6) then (?::date + 1)::timestamptz end
                    from (select id, row_number() over (order by code) n from org_unit where code like ? || '\\_C%') u
                    where n % 10 <> 8 or ?""",
                    pid,
                    Date.valueOf(LocalDate.of(y, 12, 14)),
                    Date.valueOf(LocalDate.of(y, 12, 20)),
                    Date.valueOf(LocalDate.of(y, 12, 20)),
                    Date.valueOf(LocalDate.of(y, 12, 20)),
                    prefix,
                    allSigned);
            if (allSigned)
                jdbc.update(
                        "update report set status = 'SIGNED', signed_at = now() where period_id = ? and status = 'DRAFT'",
                        pid);
            jdbc.update("insert into dossier_statistics (report_id) select id from report where period_id = ?", pid);
            jdbc.update("""
                    insert into dossier_row (report_id, position, label, group_kind, received_total, received_online,
                      received_direct, received_carried_over, resolved_total, resolved_early, resolved_on_time,
                      resolved_late, pending_total, pending_on_time, pending_overdue)
                    select id, 1, 'Thử', 'UNIT', online + direct + carried, online, direct, carried,
                           online + direct + carried - pending, online + direct + carried - pending - late - ontime,
                           ontime, late, pending, pending - overdue, overdue
                    from (select r.id, 500 + k * 13 + ? * 40 as online, 20 + (k * 3) % 50 as direct, k % 5 as carried,
                                 k % 7 + 1 as pending, k % 4 as late, (400 + k * 2) / 5 as ontime, k % 2 as overdue
                          from (select id, org_unit_id % 97 as k from report where period_id = ?) r) f""", offset, pid);
            if (snapshots) snapshots(pid);
        }
        String reviewer = prefix.toLowerCase() + "-noivu";
        accounts.create(
                new NewAccount(reviewer, PASSWORD, "Phòng Nội vụ thử " + prefix, Role.REVIEWER, district, false));
        return new Generated(prefix, province, district, communeIds, periods, reviewer);
    }

    /** One frozen snapshot (revision 1) per signed or accepted report of the period. */
    public void snapshots(long periodId) {
        List<Long> ids = jdbc.queryForList(
                "select id from report where period_id = ? and status in ('SIGNED', 'ACCEPTED')", Long.class, periodId);
        Random random = new Random(periodId);
        byte[] pdf = fake("%PDF-1.4\n", 30 * 1024, random);
        byte[] docx = fake("PK", 12 * 1024, random);
        List<Object[]> args = new ArrayList<>();
        for (Long id : ids) args.add(new Object[] {id, docx, pdf});
        jdbc.batchUpdate("""
                insert into report_snapshot (report_id, revision, docx, pdf, docx_sha256, pdf_sha256, content_json,
                  signer_name, signer_title, signed_by, signed_at) values (?, 1, ?, ?, repeat('d', 64), repeat('p', 64),
                  '{}'::jsonb, 'Người ký thử', 'CHỦ TỊCH', 'bench', now())""", args);
    }

    static byte[] fake(String head, int size, Random random) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(h, 0, b, 0, h.length);
        return b;
    }

    private long unit(String code, String name, String letterhead, String place, String level, LocalDate since) {
        return jdbc.queryForObject("""
                insert into org_unit (code, name, letterhead_name, place_name, level, valid_from)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class, code, name, letterhead, place, level, Date.valueOf(since));
    }

    private void link(long child, long parent, LocalDate since) {
        jdbc.update(
                "insert into org_unit_parent (child_id, parent_id, valid_from) values (?, ?, ?)",
                child,
                parent,
                Date.valueOf(since));
    }
}
