package vn.cchc.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Plain SQL over dossier_statistics (the version) and dossier_row (the rows, replaced as a whole). */
@Repository
class DossierStore {

    private static final String FIGURES = Arrays.stream(DossierColumn.values()).map(DossierColumn::sqlColumn)
            .collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;

    DossierStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long version(long reportId) {
        List<Long> v = jdbc.queryForList("select version from dossier_statistics where report_id = ?", Long.class, reportId);
        return v.isEmpty() ? 0 : v.get(0);
    }

    List<DossierRowView> rows(long reportId) {
        return jdbc.query("select label, group_kind, " + FIGURES + " from dossier_row where report_id = ? order by position",
                (rs, i) -> row(rs), reportId);
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
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (int i = 0; i < rows.size(); i++) {
            DossierRowView r = rows.get(i);
            Object[] args = new Object[15];
            args[0] = reportId;
            args[1] = i + 1;
            args[2] = r.label().trim();
            args[3] = r.groupKind().name();
            DossierColumn[] cols = DossierColumn.values();
            for (int c = 0; c < cols.length; c++) args[4 + c] = r.figure(cols[c]);
            jdbc.update(sql, args);
        }
    }

    /** The same unit's report whose period window ends latest before this report's window starts. */
    Optional<PreviousReport> previous(long reportId) {
        return jdbc.query("""
                select r.id, p.title from report cur
                join reporting_period cp on cp.id = cur.period_id
                join report r on r.org_unit_id = cur.org_unit_id and r.id <> cur.id
                join reporting_period p on p.id = r.period_id
                where cur.id = ? and p.window_end < cp.window_start
                order by p.window_end desc, r.id desc limit 1""",
                (rs, i) -> new PreviousReport(rs.getLong(1), rs.getString(2)), reportId).stream().findFirst();
    }

    record PreviousReport(long id, String periodTitle) {
    }

    private static DossierRowView row(ResultSet rs) throws SQLException {
        Integer[] f = new Integer[11];
        for (int c = 0; c < 11; c++) f[c] = rs.getObject(3 + c, Integer.class);
        return DossierRowView.of(rs.getString(1), DossierGroupKind.valueOf(rs.getString(2)), f);
    }
}
