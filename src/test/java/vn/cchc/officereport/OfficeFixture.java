package vn.cchc.officereport;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.account.Accounts;
import vn.cchc.consolidation.ConsolidationDataGenerator;

/**
 * A district office with N communes over two years (the consolidation generator: commune n has no report when
 * n % 10 = 8, a DRAFT when n % 10 = 9, SIGNED when 7, else ACCEPTED; one Biểu 06 row each), plus its own catalogue
 * entries (owned by the fixture's province, so no other test sees them) with a value in every report:
 * {P}_MEET count = 10 + n (+ year offset), {P}_MONEY money = n million, {P}_SCORE decimal /60 = 40 + n,
 * {P}_NOTE text, {P}_NUM / {P}_DEN counts and {P}_RATE percent = NUM/DEN with the ratio in the catalogue:
 * commune 1 gives 1/10 (10 %), every other 90/100 (90 %). Test code only: SQL straight into the tables.
 */
public final class OfficeFixture {

    public record Office(ConsolidationDataGenerator.Generated g, String p, long period, long previousPeriod) {
        public String code(String suffix) {
            return p + "_" + suffix;
        }

        public String commune(int n) {
            return "xã Thử " + p + " số " + String.format("%04d", n);
        }
    }

    private final JdbcTemplate jdbc;
    private final Accounts accounts;

    public OfficeFixture(JdbcTemplate jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public Office create(String prefix, int communes) {
        var g = new ConsolidationDataGenerator(jdbc, accounts).generate(prefix, communes, 2024, 2, false);
        String p = prefix;
        int position = 9000;
        for (String[] i : List.of(
                new String[] {"MEET", "COUNT", "I", "cuộc"},
                new String[] {"MONEY", "MONEY", "II.5", "đồng"},
                new String[] {"SCORE", "DECIMAL", "II.6", "điểm"},
                new String[] {"NOTE", "TEXT", "II.5", null},
                new String[] {"NUM", "COUNT", "II.6", "văn bản"},
                new String[] {"DEN", "COUNT", "II.6", "văn bản"},
                new String[] {"RATE", "PERCENT", "II.6", "%"})) {
            jdbc.update(
                    """
                    insert into indicator (code, label, unit_of_measure, section_code, kind, position, owner_unit_id, out_of,
                      money_scale) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    p + "_" + i[0],
                    "Chỉ tiêu thử " + i[0],
                    i[3],
                    i[2],
                    i[1],
                    position++,
                    g.provinceId(),
                    i[0].equals("SCORE") ? new BigDecimal(60) : null,
                    i[0].equals("MONEY") ? "DONG" : null);
        }
        jdbc.update("""
                insert into indicator_ratio (indicator_id, numerator, denominator)
                select id, ?, ? from indicator where code = ?""", "ind:" + p + "_NUM", "ind:" + p + "_DEN", p + "_RATE");
        for (var e : g.periodIds().entrySet()) {
            int offset = e.getKey() - 2024;
            List<long[]> reports =
                    jdbc.query("""
                    select r.id, n from report r join (select id, row_number() over (order by code) n from org_unit
                    where code like ? || '\\_C%') u on u.id = r.org_unit_id where r.period_id = ?""", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, p, e.getValue());
            for (long[] r : reports) {
                long n = r[1];
                value(r[0], p + "_MEET", new BigDecimal(10 + n + offset), null, n == 3 ? "OVER" : "EXACT");
                value(r[0], p + "_MONEY", new BigDecimal(n * 1_000_000), null, "EXACT");
                value(r[0], p + "_SCORE", new BigDecimal(40 + n), null, "EXACT");
                value(r[0], p + "_NOTE", null, "Ghi chú số " + n, "EXACT");
                value(r[0], p + "_NUM", new BigDecimal(n == 1 ? 1 : 90), null, "EXACT");
                value(r[0], p + "_DEN", new BigDecimal(n == 1 ? 10 : 100), null, "EXACT");
                value(r[0], p + "_RATE", new BigDecimal(n == 1 ? 10 : 90), null, "EXACT");
            }
        }
        return new Office(g, p, g.periodIds().get(2025), g.periodIds().get(2024));
    }

    private void value(long reportId, String code, BigDecimal number, String text, String qualifier) {
        jdbc.update("""
                insert into indicator_value (report_id, indicator_id, numeric_value, text_value, qualifier)
                select ?, id, ?, ?, ? from indicator where code = ?""", reportId, number, text, qualifier, code);
    }
}
