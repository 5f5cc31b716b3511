package vn.cchc.consolidation.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cchc.consolidation.Figures;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.report.ReportStatus;

/**
 * Set-based reads for consolidation (one query per step, whatever the number of communes). Reads the foundation
 * tables and the V2 dossier tables directly: the dossier service is written in parallel, the table is the contract.
 */
@Component
public class ConsolidationQueries {

    private static final Collator VI = Collator.getInstance(Locale.forLanguageTag("vi"));
    private static final String FIGURE_COLUMNS = "received_total, received_online, received_direct, "
            + "received_carried_over, resolved_total, resolved_early, resolved_on_time, resolved_late, "
            + "pending_total, pending_on_time, pending_overdue";

    private final JdbcTemplate jdbc;

    ConsolidationQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record UnitRef(long id, String name, String code) {
    }

    public record ReportRow(long id, long orgUnitId, ReportStatus status, Instant submittedAt, boolean submittedLate,
                            Instant signedAt, Instant acceptedAt) {
    }

    /** Units whose parent link valid on {@code day} points at {@code parentId}, sorted by Vietnamese name. */
    public List<UnitRef> unitsUnder(long parentId, LocalDate day) {
        List<UnitRef> units = jdbc.query("""
                select u.id, u.name, u.code from org_unit_parent p join org_unit u on u.id = p.child_id
                where p.parent_id = ? and p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)""",
                (rs, i) -> new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3)), parentId, day, day);
        List<UnitRef> sorted = new ArrayList<>(units);
        sorted.sort((a, b) -> VI.compare(a.name(), b.name()));
        return sorted;
    }

    public boolean hasUnitsUnder(long parentId, LocalDate day) {
        Integer n = jdbc.queryForObject("""
                select count(*) from org_unit_parent p where p.parent_id = ? and p.valid_from <= ?
                and (p.valid_to is null or p.valid_to >= ?)""", Integer.class, parentId, day, day);
        return n != null && n > 0;
    }

    /** The reports of the period of the given units, by unit id. */
    public Map<Long, ReportRow> reportsOf(long periodId, Collection<Long> unitIds) {
        Map<Long, ReportRow> out = new HashMap<>();
        if (unitIds.isEmpty()) return out;
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select id, org_unit_id, status, submitted_at, submitted_late, signed_at, accepted_at
                    from report where period_id = ? and org_unit_id = any(?)""");
            ps.setLong(1, periodId);
            ps.setArray(2, longArray(con, unitIds));
            return ps;
        }, rs -> {
            ReportRow r = new ReportRow(rs.getLong(1), rs.getLong(2), ReportStatus.valueOf(rs.getString(3)),
                    instant(rs, 4), rs.getBoolean(5), instant(rs, 6), instant(rs, 7));
            out.put(r.orgUnitId(), r);
        });
        return out;
    }

    /**
     * The dossier figures of each report: the sum of its rows of group kind UNIT; a report without UNIT rows sums
     * its FIELD rows, and one with only LEVEL rows sums those (FIELD and LEVEL are two breakdowns of the same
     * total, so they are never added together). A column with a null in any summed row is null (unknown).
     * Reports without dossier rows are absent from the map.
     */
    public Map<Long, Figures> figuresOf(Collection<Long> reportIds) {
        Map<Long, Map<String, Figures>> byKind = new HashMap<>();
        if (reportIds.isEmpty()) return Map.of();
        StringBuilder sums = new StringBuilder();
        for (String c : FIGURE_COLUMNS.split(", ")) {
            sums.append(", case when count(").append(c).append(") = count(*) then sum(").append(c).append(") end");
        }
        String sql = "select report_id, group_kind" + sums
                + " from dossier_row where report_id = any(?) group by report_id, group_kind";
        jdbc.query(con -> {
            var ps = con.prepareStatement(sql);
            ps.setArray(1, longArray(con, reportIds));
            return ps;
        }, rs -> {
            Long[] v = new Long[Figures.COUNT];
            for (int i = 0; i < Figures.COUNT; i++) {
                long x = rs.getLong(3 + i);
                v[i] = rs.wasNull() ? null : x;
            }
            byKind.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), Figures.of(v));
        });
        Map<Long, Figures> out = new HashMap<>();
        byKind.forEach((reportId, kinds) -> {
            Figures f = kinds.getOrDefault("UNIT", kinds.getOrDefault("FIELD", kinds.get("LEVEL")));
            if (f != null) out.put(reportId, f);
        });
        return out;
    }

    /** The same kind of period one year earlier, scheduled by the same unit or by one of its predecessors. */
    public Optional<Long> previousPeriodId(ReportingPeriod p) {
        return jdbc.query("""
                select id from reporting_period where kind = ? and year = ? and (schedule_unit_id = ?
                  or schedule_unit_id in (select predecessor_id from org_unit_succession where successor_id = ?))
                order by (schedule_unit_id = ?) desc, id limit 1""",
                (rs, i) -> rs.getLong(1), p.getKind().name(), p.getYear() - 1, p.getScheduleUnitId(),
                p.getScheduleUnitId(), p.getScheduleUnitId()).stream().findFirst();
    }

    /** For each given unit, its predecessors (merges, renames) — who reported its figures before it existed. */
    public Map<Long, List<Long>> predecessorsOf(Collection<Long> unitIds) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        if (unitIds.isEmpty()) return out;
        jdbc.query(con -> {
            var ps = con.prepareStatement(
                    "select successor_id, predecessor_id from org_unit_succession where successor_id = any(?)");
            ps.setArray(1, longArray(con, unitIds));
            return ps;
        }, rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return out;
    }

    public boolean tableExists(String name) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, name));
    }

    static Array longArray(java.sql.Connection con, Collection<Long> ids) throws SQLException {
        return con.createArrayOf("bigint", ids.toArray(new Long[0]));
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    <T> T withConnection(ConnectionCallback<T> cb) {
        return jdbc.execute(cb);
    }
}
