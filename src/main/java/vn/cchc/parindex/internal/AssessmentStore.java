package vn.cchc.parindex.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.cchc.parindex.AssessmentStatus;
import vn.cchc.shared.ConflictException;

/** Assessments, their scores and evidence in SQL. */
@Repository
public class AssessmentStore {

    public record Head(
            long id,
            long indexId,
            long unitId,
            AssessmentStatus status,
            long version,
            Instant submittedAt,
            Instant appraisedAt,
            Instant answeredAt,
            Instant finalisedAt) {}

    public record ScoreRow(
            long id,
            long criterionId,
            BigDecimal selfPoints,
            String explanation,
            String prefillSource,
            BigDecimal appraisedPoints,
            String appraisalReason,
            String answer) {}

    public record EvidenceRow(long id, long scoreId, Long documentId, String fileName, String sha256) {}

    private final JdbcTemplate jdbc;

    public AssessmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Head> find(long indexId, long unitId) {
        return jdbc
                .query(
                        """
                select id, index_id, org_unit_id, status, version, submitted_at, appraised_at, answered_at, finalised_at
                from par_assessment where index_id = ? and org_unit_id = ?""",
                        (rs, i) -> new Head(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getLong(3),
                                AssessmentStatus.valueOf(rs.getString(4)),
                                rs.getLong(5),
                                instant(rs, 6),
                                instant(rs, 7),
                                instant(rs, 8),
                                instant(rs, 9)),
                        indexId,
                        unitId)
                .stream()
                .findFirst();
    }

    /** The assessment, created as a draft on the first save; locked for the rest of the transaction. */
    public Head lockOrCreate(long indexId, long unitId) {
        jdbc.update(
                "insert into par_assessment (index_id, org_unit_id, status) values (?, ?, 'DRAFT') on conflict do nothing",
                indexId,
                unitId);
        jdbc.queryForObject(
                "select id from par_assessment where index_id = ? and org_unit_id = ? for update",
                Long.class,
                indexId,
                unitId);
        return find(indexId, unitId).orElseThrow();
    }

    public void requireVersion(Head head, Long expected) {
        if (expected != null && expected != head.version()) throw new ConflictException("parindex.error.stale");
    }

    public void touch(long assessmentId) {
        jdbc.update("update par_assessment set version = version + 1 where id = ?", assessmentId);
    }

    public void setStatus(long assessmentId, AssessmentStatus status, String timestampColumn) {
        jdbc.update(
                "update par_assessment set status = ?, " + timestampColumn
                        + " = now(), version = version + 1 where id = ?",
                status.name(),
                assessmentId);
    }

    public Map<Long, ScoreRow> scores(long assessmentId) {
        Map<Long, ScoreRow> out = new HashMap<>();
        jdbc.query(
                """
                select id, criterion_id, self_points, explanation, prefill_source, appraised_points, appraisal_reason, answer
                from par_score where assessment_id = ?""",
                rs -> {
                    out.put(
                            rs.getLong(2),
                            new ScoreRow(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getBigDecimal(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getBigDecimal(6),
                                    rs.getString(7),
                                    rs.getString(8)));
                },
                assessmentId);
        return out;
    }

    public Map<Long, List<EvidenceRow>> evidence(long assessmentId) {
        Map<Long, List<EvidenceRow>> out = new HashMap<>();
        jdbc.query(
                """
                select e.id, e.score_id, e.document_id, e.file_name, e.file_sha256 from par_evidence e
                join par_score s on s.id = e.score_id where s.assessment_id = ? order by e.id""",
                rs -> {
                    out.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(new EvidenceRow(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    (Long) rs.getObject(3),
                                    rs.getString(4),
                                    rs.getString(5)));
                },
                assessmentId);
        return out;
    }

    public long upsertSelf(
            long assessmentId, long criterionId, BigDecimal points, String explanation, String prefillSource) {
        return jdbc.queryForObject("""
                insert into par_score (assessment_id, criterion_id, self_points, explanation, prefill_source)
                values (?, ?, ?, ?, ?) on conflict (assessment_id, criterion_id) do update
                set self_points = excluded.self_points, explanation = excluded.explanation,
                    prefill_source = excluded.prefill_source returning id""", Long.class, assessmentId, criterionId, points, explanation, prefillSource);
    }

    public void setDocuments(long scoreId, List<Long> documentIds) {
        jdbc.update("delete from par_evidence where score_id = ? and document_id is not null", scoreId);
        for (Long d : documentIds)
            jdbc.update("insert into par_evidence (score_id, document_id) values (?, ?)", scoreId, d);
    }

    public long addFile(long scoreId, String fileName, byte[] content, String sha256) {
        return jdbc.queryForObject("""
                insert into par_evidence (score_id, file_name, file_content, file_sha256) values (?, ?, ?, ?) returning id""", Long.class, scoreId, fileName, content, sha256);
    }

    /** The uploaded file of one evidence row of the assessment, or empty. */
    public Optional<byte[]> file(long assessmentId, long evidenceId) {
        return jdbc.query("""
                select e.file_content from par_evidence e join par_score s on s.id = e.score_id
                where e.id = ? and s.assessment_id = ? and e.file_content is not null""", (rs, i) -> rs.getBytes(1), evidenceId, assessmentId).stream()
                .findFirst();
    }

    public int deleteEvidence(long assessmentId, long evidenceId) {
        return jdbc.update(
                "delete from par_evidence e using par_score s where s.id = e.score_id and e.id = ? and s.assessment_id = ?",
                evidenceId,
                assessmentId);
    }

    public void setAppraisal(long assessmentId, long criterionId, BigDecimal points, String reason) {
        jdbc.update("""
                insert into par_score (assessment_id, criterion_id, appraised_points, appraisal_reason) values (?, ?, ?, ?)
                on conflict (assessment_id, criterion_id) do update
                set appraised_points = excluded.appraised_points, appraisal_reason = excluded.appraisal_reason""", assessmentId, criterionId, points, reason);
    }

    public void setAnswer(long assessmentId, long criterionId, String answer) {
        jdbc.update(
                "update par_score set answer = ? where assessment_id = ? and criterion_id = ?",
                answer,
                assessmentId,
                criterionId);
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }
}
