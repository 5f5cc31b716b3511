package vn.cchc.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.cchc.indicator.Qualifier;
import vn.cchc.procedure.AuthorityLevel;

/** Plain SQL over dossier_statistics (the version) and dossier_row (the rows, replaced as a whole). */
@Repository
class DossierStore {

    private static final String FIGURES =
            Arrays.stream(DossierColumn.values()).map(DossierColumn::sqlColumn).collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;

    DossierStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long version(long reportId) {
        List<Long> v =
                jdbc.queryForList("select version from dossier_statistics where report_id = ?", Long.class, reportId);
        return v.isEmpty() ? 0 : v.get(0);
    }

    List<DossierRowView> rows(long reportId) {
        List<DossierRowView> rows = new ArrayList<>(rowsWithoutCauses(reportId));
        Map<Integer, List<LateCause>> causes = new HashMap<>();
        jdbc.query(
                """
                select r.position, c.reason, c.dossier_count, c.note from dossier_late_cause c
                join dossier_row r on r.id = c.row_id where r.report_id = ? order by r.position, c.position""",
                rs -> {
                    causes.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(new LateCause(
                                    LateCause.Reason.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4)));
                },
                reportId);
        causes.forEach((position, list) ->
                rows.set(position - 1, rows.get(position - 1).withLateCauses(list)));
        return rows;
    }

    private List<DossierRowView> rowsWithoutCauses(long reportId) {
        return jdbc.query(
                "select label, group_kind, " + FIGURES
                        + ", qualifiers, early_on_time_combined, authority_level from dossier_row where report_id = ? order by position",
                (rs, i) -> row(rs),
                reportId);
    }

    /** Moves the version from {@code expected} to the next one; false when someone else saved in between. */
    boolean bumpVersion(long reportId, long expected) {
        if (expected == 0) {
            int inserted = jdbc.update("""
                    insert into dossier_statistics (report_id, version, updated_at) values (?, 1, now())
                    on conflict (report_id) do nothing""", reportId);
            if (inserted == 1) return true;
        }
        return jdbc.update("""
                update dossier_statistics set version = version + 1, updated_at = now()
                where report_id = ? and version = ?""", reportId, expected) == 1;
    }

    void replaceRows(long reportId, List<DossierRowView> rows) {
        jdbc.update("delete from dossier_row where report_id = ?", reportId);
        String sql = "insert into dossier_row (report_id, position, label, group_kind, " + FIGURES
                + ", qualifiers, early_on_time_combined, authority_level) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (int i = 0; i < rows.size(); i++) {
            DossierRowView r = rows.get(i);
            Object[] args = new Object[18];
            args[0] = reportId;
            args[1] = i + 1;
            args[2] = r.label().trim();
            args[3] = r.groupKind().name();
            DossierColumn[] cols = DossierColumn.values();
            for (int c = 0; c < cols.length; c++) args[4 + c] = r.figure(cols[c]);
            args[15] = encode(r.qualifiers());
            args[16] = r.earlyOnTimeCombined();
            args[17] = r.authorityLevel() == null ? null : r.authorityLevel().name();
            Long rowId = jdbc.queryForObject(sql + " returning id", Long.class, args);
            for (int k = 0; k < r.lateCauses().size(); k++) {
                LateCause c = r.lateCauses().get(k);
                jdbc.update(
                        "insert into dossier_late_cause (row_id, position, reason, dossier_count, note) values (?, ?, ?, ?, ?)",
                        rowId,
                        k + 1,
                        c.reason().name(),
                        c.count(),
                        c.note());
            }
        }
    }

    /** Demo data: the report's statistics at version 0 with these rows (no checks, no audit). */
    void seed(long reportId, List<DossierRowView> rows) {
        jdbc.update("insert into dossier_statistics (report_id) values (?) on conflict do nothing", reportId);
        replaceRows(reportId, rows);
    }

    /**
     * Per report, per group kind: the column sums of its rows (in column order (3)…(13)); a column with a null
     * in any summed row is null (unknown). One query, whatever the number of reports.
     */
    Map<Long, Map<DossierGroupKind, Long[]>> sumsByKind(Collection<Long> reportIds) {
        Map<Long, Map<DossierGroupKind, Long[]>> out = new HashMap<>();
        if (reportIds.isEmpty()) return out;
        StringBuilder sums = new StringBuilder();
        for (DossierColumn c : DossierColumn.values()) {
            String col = c.sqlColumn();
            // a combined «trước hạn và đúng hạn» in (9) is not an on-time count: the sum of (9) is then unknown
            String known = c == DossierColumn.RESOLVED_ON_TIME ? " and not bool_or(early_on_time_combined)" : "";
            sums.append(", case when count(")
                    .append(col)
                    .append(") = count(*)")
                    .append(known)
                    .append(" then sum(")
                    .append(col)
                    .append(") end");
        }
        String sql = "select report_id, group_kind" + sums
                + " from dossier_row where report_id = any(?) group by report_id, group_kind";
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement(sql);
                    ps.setArray(1, con.createArrayOf("bigint", reportIds.toArray(new Long[0])));
                    return ps;
                },
                rs -> {
                    Long[] v = new Long[DossierColumn.values().length];
                    for (int i = 0; i < v.length; i++) {
                        long x = rs.getLong(3 + i);
                        v[i] = rs.wasNull() ? null : x;
                    }
                    out.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(DossierGroupKind.class))
                            .put(DossierGroupKind.valueOf(rs.getString(2)), v);
                });
        return out;
    }

    /**
     * The same unit's report of the same period kind whose window ends latest before this report's window
     * starts (a quarter's predecessor is a quarter, never the year that ended before it).
     */
    Optional<PreviousReport> previous(long reportId) {
        return jdbc.query("""
                select r.id, p.title from report cur
                join reporting_period cp on cp.id = cur.period_id
                join report r on r.org_unit_id = cur.org_unit_id and r.id <> cur.id
                join reporting_period p on p.id = r.period_id
                where cur.id = ? and p.kind = cp.kind and p.window_end < cp.window_start
                order by p.window_end desc, r.id desc limit 1""", (rs, i) -> new PreviousReport(rs.getLong(1), rs.getString(2)), reportId).stream()
                .findFirst();
    }

    private static DossierRowView row(ResultSet rs) throws SQLException {
        Integer[] f = new Integer[11];
        for (int c = 0; c < 11; c++) f[c] = rs.getObject(3 + c, Integer.class);
        return DossierRowView.of(rs.getString(1), DossierGroupKind.valueOf(rs.getString(2)), f)
                .withQualifiers(decode(rs.getString(14)))
                .withCombined(rs.getBoolean(15))
                .withAuthorityLevel(rs.getString(16) == null ? null : AuthorityLevel.valueOf(rs.getString(16)));
    }

    /** "7:APPROX,3:OVER" (column number : qualifier), null when every figure is exact. */
    static String encode(Map<DossierColumn, Qualifier> q) {
        if (q.isEmpty()) return null;
        return q.entrySet().stream()
                .map(e -> e.getKey().number() + ":" + e.getValue().name())
                .collect(Collectors.joining(","));
    }

    static Map<DossierColumn, Qualifier> decode(String text) {
        Map<DossierColumn, Qualifier> q = new EnumMap<>(DossierColumn.class);
        if (text == null || text.isBlank()) return q;
        for (String pair : text.split(",")) {
            String[] kv = pair.split(":");
            q.put(DossierColumn.byNumber(Integer.parseInt(kv[0])), Qualifier.valueOf(kv[1]));
        }
        return q;
    }
}
