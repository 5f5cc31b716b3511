package vn.cchc.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The timeline ({@code report_transition}) and the frozen versions ({@code report_snapshot}). */
@Repository
class WorkflowStore {

    private static final String SNAPSHOT_COLUMNS = """
            report_id, revision, docx_sha256, pdf_sha256, length(docx), length(pdf), letterhead_name, signer_authority,
            signer_name, signer_title, number_symbol, report_date, signed_by, signed_at""";
    private final JdbcTemplate jdbc;

    WorkflowStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void addTransition(
            long reportId,
            int revision,
            WorkflowAction action,
            ReportStatus from,
            ReportStatus to,
            String actor,
            String actorName,
            String actorRole,
            String comment,
            boolean late,
            Instant at) {
        jdbc.update(
                """
                insert into report_transition (report_id, revision, action, from_status, to_status, actor, actor_name,
                                               actor_role, comment, late, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                reportId,
                revision,
                action.name(),
                from.name(),
                to.name(),
                actor,
                actorName,
                actorRole,
                comment,
                late,
                Timestamp.from(at));
    }

    List<ReportTransition> transitions(long reportId) {
        return jdbc.query(
                """
                select id, report_id, revision, action, from_status, to_status, actor, actor_name, actor_role, comment,
                       late, occurred_at
                from report_transition where report_id = ? order by occurred_at, id""",
                (rs, i) -> new ReportTransition(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        WorkflowAction.valueOf(rs.getString(4)),
                        ReportStatus.valueOf(rs.getString(5)),
                        ReportStatus.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getBoolean(11),
                        rs.getTimestamp(12).toInstant()),
                reportId);
    }

    ReportSnapshot addSnapshot(
            Report r, RenderedReport files, String letterhead, String signerName, String signedBy, Instant at) {
        jdbc.update(
                """
                insert into report_snapshot (report_id, revision, docx, pdf, docx_sha256, pdf_sha256, content_json,
                    letterhead_name, signer_authority, signer_name, signer_title, number_symbol, report_date,
                    signed_by, signed_at)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?)""",
                r.getId(),
                r.getRevision(),
                files.docx(),
                files.pdf(),
                sha256(files.docx()),
                sha256(files.pdf()),
                files.contentJson(),
                letterhead,
                r.header().signerAuthority(),
                signerName,
                r.header().signerTitle(),
                r.getNumberSymbol(),
                r.getReportDate() == null ? null : Date.valueOf(r.getReportDate()),
                signedBy,
                Timestamp.from(at));
        return snapshot(r.getId(), r.getRevision()).orElseThrow();
    }

    /** The content as submitted for this version (a resubmission of the same version replaces it). */
    void putSubmission(long reportId, int revision, String contentJson, String submittedBy, Instant at) {
        jdbc.update("""
                insert into report_submission (report_id, revision, content_json, submitted_by, submitted_at)
                values (?, ?, cast(? as jsonb), ?, ?)
                on conflict (report_id, revision) do update
                  set content_json = excluded.content_json, submitted_by = excluded.submitted_by,
                      submitted_at = excluded.submitted_at """, reportId, revision, contentJson, submittedBy, Timestamp.from(at));
    }

    Optional<String> submittedContent(long reportId, int revision) {
        return jdbc
                .query(
                        "select content_json::text from report_submission where report_id = ? and revision = ?",
                        (rs, i) -> rs.getString(1),
                        reportId,
                        revision)
                .stream()
                .findFirst();
    }

    List<Long> signedWithoutFiles() {
        return jdbc.queryForList("""
                select r.id from report r where r.status in ('SIGNED', 'ACCEPTED') and not exists
                  (select 1 from report_snapshot s where s.report_id = r.id and s.revision = r.revision)
                order by r.id""", Long.class);
    }

    List<ReportSnapshot> snapshots(long reportId) {
        return jdbc.query(
                "select " + SNAPSHOT_COLUMNS + " from report_snapshot where report_id = ? order by revision",
                WorkflowStore::snapshotRow,
                reportId);
    }

    Optional<ReportSnapshot> snapshot(long reportId, int revision) {
        return jdbc
                .query(
                        "select " + SNAPSHOT_COLUMNS + " from report_snapshot where report_id = ? and revision = ?",
                        WorkflowStore::snapshotRow,
                        reportId,
                        revision)
                .stream()
                .findFirst();
    }

    Optional<byte[]> file(long reportId, int revision, ReportVersions.Format format) {
        String column = format == ReportVersions.Format.DOCX ? "docx" : "pdf";
        return jdbc
                .query(
                        "select " + column + " from report_snapshot where report_id = ? and revision = ?",
                        (rs, i) -> rs.getBytes(1),
                        reportId,
                        revision)
                .stream()
                .findFirst();
    }

    Optional<String> contentJson(long reportId, int revision) {
        return jdbc
                .query(
                        "select content_json::text from report_snapshot where report_id = ? and revision = ?",
                        (rs, i) -> rs.getString(1),
                        reportId,
                        revision)
                .stream()
                .findFirst();
    }

    private static ReportSnapshot snapshotRow(ResultSet rs, int i) throws SQLException {
        Date date = rs.getDate(12);
        return new ReportSnapshot(
                rs.getLong(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                date == null ? null : date.toLocalDate(),
                rs.getString(13),
                rs.getTimestamp(14).toInstant());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
