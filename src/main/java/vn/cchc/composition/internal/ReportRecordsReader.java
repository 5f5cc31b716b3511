package vn.cchc.composition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cchc.document.IssuedDocuments;
import vn.cchc.indicator.IndicatorValueView;
import vn.cchc.indicator.IndicatorValues;

/**
 * Reads a report's records straight from the record tables: composing is a read model over the whole
 * report, so one set of queries here beats calling every feature's service.
 */
@Component
public class ReportRecordsReader {

    private final JdbcTemplate jdbc;
    private final IndicatorValues indicatorValues;
    private final IssuedDocuments issuedDocuments;

    ReportRecordsReader(JdbcTemplate jdbc, IndicatorValues indicatorValues, IssuedDocuments issuedDocuments) {
        this.issuedDocuments = issuedDocuments;
        this.jdbc = jdbc;
        this.indicatorValues = indicatorValues;
    }

    public ReportRecords read(long reportId, long unitId, LocalDate windowStart, LocalDate windowEnd) {
        Map<Long, ReportRecords.Doc> docs = new LinkedHashMap<>();
        jdbc.query("""
                select d.id, d.issuer_kind, d.issuer_name, d.doc_type, d.number_symbol, d.issued_on, d.summary, d.legal_basis
                from issued_document d
                where d.id in (select document_id from report_document where report_id = ?)
                   or (d.org_unit_id = ? and d.issued_on between ? and ?)
                order by d.issued_on nulls last, d.id""",
                rs -> {
                    docs.put(rs.getLong(1), new ReportRecords.Doc(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), date(rs, 6), rs.getString(7), rs.getBoolean(8)));
                }, reportId, unitId, windowStart, windowEnd);
        Map<Long, Set<String>> sections = new HashMap<>();
        if (!docs.isEmpty()) {
            jdbc.query("select document_id, section_code from issued_document_section where document_id = any(?)",
                    rs -> {
                        sections.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                    }, (Object) docs.keySet().toArray(Long[]::new));
        }
        Map<String, ReportRecords.Indicator> indicators = new LinkedHashMap<>();
        for (IndicatorValueView v : indicatorValues.forReport(reportId)) {
            indicators.put(v.code(), new ReportRecords.Indicator(v.code(), v.label(), v.kind(), v.numericValue(),
                    v.textValue(), v.qualifier(), v.printed(), indicatorValues.format(v, true)));
        }
        Map<String, int[]> procedures = new LinkedHashMap<>();
        jdbc.query("select authority_level, field_count, procedure_count from procedure_level_summary where report_id = ?",
                rs -> {
                    procedures.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                }, reportId);
        List<ReportRecords.DossierFigures> dossier = jdbc.query("""
                select label, received_total, received_online, received_direct, received_carried_over,
                       resolved_total, resolved_early, resolved_on_time, resolved_late,
                       pending_total, pending_on_time, pending_overdue
                from dossier_row where report_id = ? order by position""",
                (rs, i) -> {
                    Long[] f = new Long[11];
                    for (int c = 0; c < 11; c++) {
                        long v = rs.getLong(c + 2);
                        f[c] = rs.wasNull() ? null : v;
                    }
                    return new ReportRecords.DossierFigures(rs.getString(1), f);
                }, reportId);
        List<ReportRecords.Task> tasks = jdbc.query("""
                select assigned_by, source_document, content, deadline, status, result
                from assigned_task where report_id = ? order by position, id""",
                (rs, i) -> new ReportRecords.Task(rs.getString(1), rs.getString(2), rs.getString(3), date(rs, 4),
                        rs.getString(5), rs.getString(6)), reportId);
        Map<String, String> narrative = new HashMap<>();
        jdbc.query("select section_code, body from narrative_section where report_id = ?",
                rs -> {
                    narrative.put(rs.getString(1), rs.getString(2));
                }, reportId);
        return new ReportRecords(docs, sections, indicators, procedures, dossier, tasks, narrative,
                issuedDocuments.issuedInPeriod(reportId));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
