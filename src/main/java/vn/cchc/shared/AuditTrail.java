package vn.cchc.shared;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the audit trail: who, when, what, before -> after. Called inside the caller's transaction, so an
 * entry exists exactly when the change committed.
 */
@Component
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public AuditTrail(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(AuditEvent e) {
        jdbc.update(
                """
                insert into audit_entry (actor, action, entity_type, entity_id, report_id, org_unit_id,
                                         before_state, after_state, comment)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""",
                currentActor(),
                e.action(),
                e.entityType(),
                e.entityId(),
                e.reportId(),
                e.orgUnitId(),
                toJson(e.before()),
                toJson(e.after()),
                e.comment());
    }

    public List<AuditEntryView> forEntity(String entityType, long entityId) {
        return jdbc.query(
                """
                select occurred_at, actor, action, before_state::text, after_state::text, comment
                from audit_entry where entity_type = ? and entity_id = ? order by occurred_at desc, id desc""",
                (rs, i) -> new AuditEntryView(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)),
                entityType,
                entityId);
    }

    public List<AuditEntryView> forReport(long reportId) {
        return jdbc.query(
                """
                select occurred_at, actor, action, before_state::text, after_state::text, comment
                from audit_entry where report_id = ? order by occurred_at desc, id desc""",
                (rs, i) -> new AuditEntryView(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)),
                reportId);
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
