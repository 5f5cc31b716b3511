package vn.cchc.composition.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cchc.document.DocumentView;
import vn.cchc.document.IssuedDocuments;
import vn.cchc.dossier.DossierQueries;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.indicator.IndicatorValueView;
import vn.cchc.indicator.IndicatorValues;

/**
 * Reads a report's records for composing: documents, figures and dossier rows through their owners' query APIs;
 * procedure summaries, tasks and narrative (no service of theirs offers a bulk read yet) with plain SQL.
 */
@Component
public class ReportRecordsReader {

    private final JdbcTemplate jdbc;
    private final IndicatorValues indicatorValues;
    private final IssuedDocuments issuedDocuments;

    private final DossierQueries dossierQueries;

    ReportRecordsReader(
            JdbcTemplate jdbc,
            IndicatorValues indicatorValues,
            IssuedDocuments issuedDocuments,
            DossierQueries dossierQueries) {
        this.dossierQueries = dossierQueries;
        this.issuedDocuments = issuedDocuments;
        this.jdbc = jdbc;
        this.indicatorValues = indicatorValues;
    }

    public ReportRecords read(long reportId, long unitId, LocalDate windowStart, LocalDate windowEnd) {
        // the register's own order is by number within a day; the report has always listed by date, then id
        Map<Long, DocumentView> docs = new LinkedHashMap<>();
        issuedDocuments.forReport(reportId).stream()
                .sorted(Comparator.comparing(DocumentView::issuedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(DocumentView::id))
                .forEach(d -> docs.put(d.id(), d));
        Map<String, ReportRecords.Indicator> indicators = new LinkedHashMap<>();
        List<IndicatorValueView> figures = indicatorValues.forReport(reportId);
        Map<String, String> padded = indicatorValues.formatAll(figures, true);
        for (IndicatorValueView v : figures) {
            indicators.put(
                    v.code(),
                    new ReportRecords.Indicator(
                            v.code(),
                            v.label(),
                            v.kind(),
                            v.numericValue(),
                            v.textValue(),
                            v.qualifier(),
                            v.printed(),
                            padded.get(v.code())));
        }
        Map<String, int[]> procedures = new LinkedHashMap<>();
        jdbc.query(
                "select authority_level, field_count, procedure_count from procedure_level_summary where report_id = ?",
                rs -> {
                    procedures.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                },
                reportId);
        List<DossierRowView> dossier = dossierQueries.rows(reportId);
        List<ReportRecords.Task> tasks = jdbc.query(
                """
                select assigned_by, source_document, content, deadline, status, result
                from assigned_task where report_id = ? order by position, id""",
                (rs, i) -> new ReportRecords.Task(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        date(rs, 4),
                        rs.getString(5),
                        rs.getString(6)),
                reportId);
        Map<String, String> narrative = new HashMap<>();
        jdbc.query(
                "select section_code, body from narrative_section where report_id = ?",
                rs -> {
                    narrative.put(rs.getString(1), rs.getString(2));
                },
                reportId);
        return new ReportRecords(
                docs, indicators, procedures, dossier, tasks, narrative, issuedDocuments.issuedInPeriod(reportId));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
