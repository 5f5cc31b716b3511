package vn.cchc.shared;

/** One change to record; {@code before}/{@code after} are serialised to JSON (maps or records). */
public record AuditEvent(
        String action,
        String entityType,
        Long entityId,
        Long reportId,
        Long orgUnitId,
        Object before,
        Object after,
        String comment) {

    public static AuditEvent of(String action, String entityType, Long entityId, Object before, Object after) {
        return new AuditEvent(action, entityType, entityId, null, null, before, after, null);
    }

    public AuditEvent forReport(Long reportId, Long orgUnitId) {
        return new AuditEvent(action, entityType, entityId, reportId, orgUnitId, before, after, comment);
    }

    public AuditEvent withComment(String text) {
        return new AuditEvent(action, entityType, entityId, reportId, orgUnitId, before, after, text);
    }
}
