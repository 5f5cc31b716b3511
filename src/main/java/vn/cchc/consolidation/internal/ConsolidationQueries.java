package vn.cchc.consolidation.internal;

import static vn.cchc.shared.Messages.VI;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cchc.consolidation.Figures;
import vn.cchc.dossier.DossierQueries;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.report.ReportStatus;
import vn.cchc.shared.Messages;

/**
 * Set-based reads for consolidation (one query per step, whatever the number of communes). Reads the foundation
 * tables directly; the dossier figures come from the dossier module's {@link DossierQueries}.
 */
@Component
public class ConsolidationQueries {

    private static final Collator VI = Collator.getInstance(Messages.VI);

    private final JdbcTemplate jdbc;
    private final DossierQueries dossier;

    ConsolidationQueries(JdbcTemplate jdbc, DossierQueries dossier) {
        this.jdbc = jdbc;
        this.dossier = dossier;
    }

    public record UnitRef(long id, String name, String code) {}

    public record ReportRow(
            long id,
            long orgUnitId,
            ReportStatus status,
            Instant submittedAt,
            boolean submittedLate,
            Instant signedAt,
            Instant acceptedAt) {}

    /** Units whose parent link valid on {@code day} points at {@code parentId}, sorted by Vietnamese name. */
    public List<UnitRef> unitsUnder(long parentId, LocalDate day) {
        List<UnitRef> units = jdbc.query(
                """
                select u.id, u.name, u.code from org_unit_parent p join org_unit u on u.id = p.child_id
                where p.parent_id = ? and p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)""", (rs, i) -> new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3)), parentId, day, day);
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

    /** Those of the given units that have units under them on {@code day} (a district before 07/2025), in one query. */
    public Set<Long> withUnitsUnder(Collection<Long> unitIds, LocalDate day) {
        Set<Long> out = new HashSet<>();
        if (unitIds.isEmpty()) return out;
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement("""
                    select distinct parent_id from org_unit_parent where parent_id = any(?) and valid_from <= ?
                    and (valid_to is null or valid_to >= ?)""");
                    ps.setArray(1, longArray(con, unitIds));
                    ps.setObject(2, day);
                    ps.setObject(3, day);
                    return ps;
                },
                rs -> {
                    out.add(rs.getLong(1));
                });
        return out;
    }

    /** The reports of the period of the given units, by unit id. */
    public Map<Long, ReportRow> reportsOf(long periodId, Collection<Long> unitIds) {
        Map<Long, ReportRow> out = new HashMap<>();
        if (unitIds.isEmpty()) return out;
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement("""
                    select id, org_unit_id, status, submitted_at, submitted_late, signed_at, accepted_at
                    from report where period_id = ? and org_unit_id = any(?)""");
                    ps.setLong(1, periodId);
                    ps.setArray(2, longArray(con, unitIds));
                    return ps;
                },
                rs -> {
                    ReportRow r = new ReportRow(
                            rs.getLong(1),
                            rs.getLong(2),
                            ReportStatus.valueOf(rs.getString(3)),
                            instant(rs, 4),
                            rs.getBoolean(5),
                            instant(rs, 6),
                            instant(rs, 7));
                    out.put(r.orgUnitId(), r);
                });
        return out;
    }

    /**
     * The dossier figures of each report: its unit totals as the dossier module sums them. Reports without
     * dossier rows are absent from the map.
     */
    public Map<Long, Figures> figuresOf(Collection<Long> reportIds) {
        Map<Long, Figures> out = new HashMap<>();
        dossier.totals(reportIds).forEach((reportId, figures) -> out.put(reportId, Figures.of(figures)));
        return out;
    }

    /** The same kind of period one year earlier, scheduled by the same unit or by one of its predecessors. */
    public Optional<Long> previousPeriodId(ReportingPeriod p) {
        return jdbc
                .query(
                        """
                select id from reporting_period where kind = ? and year = ? and (schedule_unit_id = ?
                  or schedule_unit_id in (select predecessor_id from org_unit_succession where successor_id = ?))
                order by (schedule_unit_id = ?) desc, id limit 1""",
                        (rs, i) -> rs.getLong(1),
                        p.getKind().name(),
                        p.getYear() - 1,
                        p.getScheduleUnitId(),
                        p.getScheduleUnitId(),
                        p.getScheduleUnitId())
                .stream()
                .findFirst();
    }

    /** For each given unit, its predecessors (merges, renames) — who reported its figures before it existed. */
    public Map<Long, List<Long>> predecessorsOf(Collection<Long> unitIds) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        if (unitIds.isEmpty()) return out;
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement(
                            "select successor_id, predecessor_id from org_unit_succession where successor_id = any(?)");
                    ps.setArray(1, longArray(con, unitIds));
                    return ps;
                },
                rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return out;
    }

    public boolean tableExists(String name) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, name));
    }

    static Array longArray(Connection con, Collection<Long> ids) throws SQLException {
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
