package vn.cchc.procedure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Plain SQL over procedure_level_summary and procedure_catalog_entry. */
@Repository
class ProcedureStore {

    private final JdbcTemplate jdbc;

    ProcedureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Summary(AuthorityLevel level, int fields, int procedures, long version) {}

    List<Summary> summaries(long reportId) {
        return jdbc
                .query(
                        """
                select authority_level, field_count, procedure_count, version from procedure_level_summary
                where report_id = ?""",
                        (rs, i) -> new Summary(
                                AuthorityLevel.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getLong(4)),
                        reportId)
                .stream()
                .sorted((a, b) -> a.level().compareTo(b.level()))
                .toList();
    }

    Optional<Summary> summary(long reportId, AuthorityLevel level) {
        return summaries(reportId).stream().filter(s -> s.level() == level).findFirst();
    }

    List<ProcedureEntryView> entries(long reportId) {
        return jdbc.query(
                """
                select authority_level, field_name, procedure_code, procedure_name from procedure_catalog_entry
                where report_id = ? order by position, id""",
                (rs, i) -> new ProcedureEntryView(
                        AuthorityLevel.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)),
                reportId);
    }

    /** Inserts (expected 0) or updates the counts of a level; false when the version moved meanwhile. */
    boolean upsert(long reportId, AuthorityLevel level, int fields, int procedures, long expected) {
        if (expected == 0) {
            int n = jdbc.update("""
                    insert into procedure_level_summary (report_id, authority_level, field_count, procedure_count, version)
                    values (?, ?, ?, ?, 1) on conflict (report_id, authority_level) do nothing""", reportId, level.name(), fields, procedures);
            if (n == 1) return true;
        }
        return jdbc.update("""
                update procedure_level_summary set field_count = ?, procedure_count = ?, version = version + 1
                where report_id = ? and authority_level = ? and version = ?""", fields, procedures, reportId, level.name(), expected) == 1;
    }

    /** Removes a level's counts; false when they changed meanwhile. */
    boolean delete(long reportId, AuthorityLevel level, long expected) {
        return jdbc.update(
                        "delete from procedure_level_summary where report_id = ? and authority_level = ? and version = ?",
                        reportId,
                        level.name(),
                        expected)
                == 1;
    }

    void replaceEntries(long reportId, List<ProcedureEntryView> entries) {
        jdbc.update("delete from procedure_catalog_entry where report_id = ?", reportId);
        int position = 0;
        for (ProcedureEntryView e : entries) {
            jdbc.update("""
                    insert into procedure_catalog_entry (report_id, authority_level, field_name, procedure_code,
                                                         procedure_name, position) values (?, ?, ?, ?, ?, ?)""", reportId, e.level().name(), e.fieldName(), e.code(), e.name(), ++position);
        }
    }

    Map<String, Object> state(long reportId) {
        return Map.of(
                "levels", summaries(reportId), "entries", entries(reportId).size());
    }
}
