package vn.cchc.check.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cchc.check.internal.CheckContext.Doc;
import vn.cchc.check.internal.CheckContext.DossierRow;
import vn.cchc.check.internal.CheckContext.Indicator;
import vn.cchc.check.internal.CheckContext.IndicatorValue;
import vn.cchc.check.internal.CheckContext.ProcedureSummary;
import vn.cchc.check.internal.CheckContext.ReportInfo;
import vn.cchc.indicator.IndicatorValueView;
import vn.cchc.indicator.IndicatorValues;
import vn.cchc.shared.NotFoundException;

/**
 * Reads a report's records straight from the V2 tables (read-only SQL), so the checks stay independent of the
 * modules that edit those records.
 */
@Component
public class ReportRecords {

    private static final String DOC_COLUMNS =
            "d.id, d.org_unit_id, d.issuer_kind, d.issuer_name, d.doc_type, d.number_symbol, d.issued_on, d.legal_basis";
    private static final String[] DOSSIER_COLUMNS = {"received_total", "received_online", "received_direct",
            "received_carried_over", "resolved_total", "resolved_early", "resolved_on_time", "resolved_late",
            "pending_total", "pending_on_time", "pending_overdue"};

    private final NamedParameterJdbcTemplate jdbc;
    private final IndicatorValues indicatorValues;

    ReportRecords(NamedParameterJdbcTemplate jdbc, IndicatorValues indicatorValues) {
        this.jdbc = jdbc;
        this.indicatorValues = indicatorValues;
    }

    public CheckContext load(long reportId) {
        ReportInfo report = report(reportId);
        Map<String, String> narrative = narrative(reportId);
        return new CheckContext(report, reportDocuments(report, narrative), register(report.orgUnitId()),
                catalogue(), indicators(reportId), dossierRows(reportId), procedures(reportId), narrative);
    }

    ReportInfo report(long reportId) {
        List<ReportInfo> found = jdbc.query("""
                select r.id, r.org_unit_id, u.name, r.number_symbol, r.report_date, p.id as period_id, p.kind,
                       p.title, p.year, p.window_start, p.window_end
                from report r join org_unit u on u.id = r.org_unit_id join reporting_period p on p.id = r.period_id
                where r.id = :id""", Map.of("id", reportId), (rs, i) -> new ReportInfo(rs.getLong("id"),
                rs.getLong("org_unit_id"), rs.getString("name"), rs.getString("number_symbol"),
                date(rs, "report_date"), rs.getLong("period_id"), rs.getString("kind"), rs.getString("title"),
                rs.getInt("year"), date(rs, "window_start"), date(rs, "window_end")));
        if (found.isEmpty()) throw new NotFoundException("error.report.notFound", reportId);
        return found.get(0);
    }

    /**
     * The documents of the report: the unit's own register dated in the window, those linked to the report
     * (report_document), and those its narrative cites with {@code {{doc:ID}}}.
     */
    List<Doc> reportDocuments(ReportInfo report, Map<String, String> narrative) {
        Set<Long> cited = new LinkedHashSet<>();
        narrative.values().forEach(body -> cited.addAll(Tokens.documentIds(body)));
        cited.add(-1L); // keeps the IN list non-empty
        return jdbc.query("select " + DOC_COLUMNS + " from issued_document d where "
                        + "(d.org_unit_id = :unit and d.issued_on between :from and :to) "
                        + "or d.id in (select document_id from report_document where report_id = :report) "
                        + "or (d.org_unit_id = :unit and d.id in (:cited)) order by d.issued_on nulls last, d.id",
                new MapSqlParameterSource().addValue("unit", report.orgUnitId()).addValue("from", report.windowStart())
                        .addValue("to", report.windowEnd()).addValue("report", report.id())
                        .addValue("cited", cited), ReportRecords::doc);
    }

    List<Doc> register(long unitId) {
        return jdbc.query("select " + DOC_COLUMNS + " from issued_document d where d.org_unit_id = :unit order by d.id",
                Map.of("unit", unitId), ReportRecords::doc);
    }

    Map<String, Indicator> catalogue() {
        Map<String, Indicator> result = new LinkedHashMap<>();
        jdbc.query("select code, label, kind from indicator order by position, code", rs -> {
            result.put(rs.getString("code"), new Indicator(rs.getString("code"), rs.getString("label"), rs.getString("kind")));
        });
        return result;
    }

    /** The figures through the indicator module's query API (issue 20: its tables are its own). */
    Map<String, IndicatorValue> indicators(long reportId) {
        Map<String, IndicatorValue> result = new LinkedHashMap<>();
        for (IndicatorValueView v : indicatorValues.forReport(reportId)) {
            result.put(v.code(), new IndicatorValue(v.code(), v.label(), v.kind(), v.numericValue(), v.textValue(),
                    v.qualifier(), v.printed()));
        }
        return result;
    }

    public List<DossierRow> dossierRows(long reportId) {
        return jdbc.query("select position, label, group_kind, " + String.join(", ", DOSSIER_COLUMNS)
                        + " from dossier_row where report_id = :report order by position",
                Map.of("report", reportId), (rs, i) -> {
                    Integer[] columns = new Integer[DOSSIER_COLUMNS.length];
                    for (int c = 0; c < columns.length; c++) columns[c] = rs.getObject(DOSSIER_COLUMNS[c], Integer.class);
                    return new DossierRow(rs.getInt("position"), rs.getString("label"), rs.getString("group_kind"), columns);
                });
    }

    Map<String, ProcedureSummary> procedures(long reportId) {
        Map<String, ProcedureSummary> result = new LinkedHashMap<>();
        jdbc.query("select authority_level, field_count, procedure_count from procedure_level_summary where report_id = :report",
                Map.of("report", reportId), rs -> {
                    result.put(rs.getString(1), new ProcedureSummary(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                });
        return result;
    }

    /** Narrative bodies by section code, in the order the sections were written. */
    Map<String, String> narrative(long reportId) {
        List<String[]> rows = new ArrayList<>(jdbc.query(
                "select section_code, body from narrative_section where report_id = :report order by section_code",
                Map.of("report", reportId), (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}));
        rows.sort(java.util.Comparator.comparingInt(r -> rank(r[0])));
        Map<String, String> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put(r[0], r[1]));
        return result;
    }

    /** The unit's previous report of the same kind: the one whose window ended last before this one began. */
    public List<PreviousReport> previousReport(ReportInfo report) {
        return jdbc.query("""
                select r.id, p.title from report r join reporting_period p on p.id = r.period_id
                where r.org_unit_id = :unit and p.kind = :kind and p.window_end < :start and r.id <> :id
                order by p.window_end desc, r.id desc limit 1""",
                new MapSqlParameterSource().addValue("unit", report.orgUnitId()).addValue("kind", report.periodKind())
                        .addValue("start", report.windowStart()).addValue("id", report.id()),
                (rs, i) -> new PreviousReport(rs.getLong(1), rs.getString(2)));
    }

    public record PreviousReport(long id, String periodTitle) {
    }

    private static Doc doc(ResultSet rs, int i) throws SQLException {
        return new Doc(rs.getLong("id"), rs.getLong("org_unit_id"), rs.getString("issuer_kind"),
                rs.getString("issuer_name"), rs.getString("doc_type"), rs.getString("number_symbol"),
                date(rs, "issued_on"), rs.getBoolean("legal_basis"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** Section codes in the order of the report (records-model.md); unknown codes go last. */
    static final List<String> SECTION_ORDER = List.of("INTRO", "I", "II.1", "II.2.1", "II.2.2", "II.2.3.a",
            "II.2.3.b", "II.2.3.c", "II.2.3.d", "II.3", "II.4", "II.5", "II.6", "III.1", "III.2", "IV", "V", "CLOSING");

    private static int rank(String section) {
        int i = SECTION_ORDER.indexOf(section);
        return i < 0 ? SECTION_ORDER.size() : i;
    }
}
