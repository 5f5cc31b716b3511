package vn.cchc.check.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cchc.check.internal.CheckContext.Indicator;
import vn.cchc.check.internal.CheckContext.IndicatorValue;
import vn.cchc.check.internal.CheckContext.ProcedureSummary;
import vn.cchc.check.internal.CheckContext.ReportInfo;
import vn.cchc.document.DocumentView;
import vn.cchc.document.IssuedDocuments;
import vn.cchc.dossier.DossierQueries;
import vn.cchc.indicator.IndicatorValueView;
import vn.cchc.indicator.IndicatorValues;
import vn.cchc.shared.NotFoundException;

/**
 * Reads a report's records for the checks: documents, figures and dossier rows through their owners' query APIs
 * (issue 20: those tables are their modules' own), the rest with read-only SQL.
 */
@Component
public class ReportRecords {

    private final NamedParameterJdbcTemplate jdbc;
    private final IndicatorValues indicatorValues;
    private final IssuedDocuments documents;
    private final DossierQueries dossier;

    ReportRecords(
            NamedParameterJdbcTemplate jdbc,
            IndicatorValues indicatorValues,
            IssuedDocuments documents,
            DossierQueries dossier) {
        this.documents = documents;
        this.dossier = dossier;
        this.jdbc = jdbc;
        this.indicatorValues = indicatorValues;
    }

    public CheckContext load(long reportId) {
        ReportInfo report = report(reportId);
        Map<String, String> narrative = narrative(reportId);
        return new CheckContext(
                report,
                reportDocuments(report, narrative),
                register(report.orgUnitId()),
                catalogue(),
                indicators(reportId),
                dossier.rows(reportId),
                procedures(reportId),
                narrative);
    }

    ReportInfo report(long reportId) {
        List<ReportInfo> found = jdbc.query(
                """
                select r.id, r.org_unit_id, u.name, r.number_symbol, r.report_date, p.id as period_id, p.kind,
                       p.title, p.year, p.window_start, p.window_end
                from report r join org_unit u on u.id = r.org_unit_id join reporting_period p on p.id = r.period_id
                where r.id = :id""",
                Map.of("id", reportId),
                (rs, i) -> new ReportInfo(
                        rs.getLong("id"),
                        rs.getLong("org_unit_id"),
                        rs.getString("name"),
                        rs.getString("number_symbol"),
                        date(rs, "report_date"),
                        rs.getLong("period_id"),
                        rs.getString("kind"),
                        rs.getString("title"),
                        rs.getInt("year"),
                        date(rs, "window_start"),
                        date(rs, "window_end")));
        if (found.isEmpty()) throw new NotFoundException("error.report.notFound", reportId);
        return found.get(0);
    }

    /**
     * The documents of the report: the unit's own register dated in the window, those picked into the report,
     * and those of the unit its narrative cites with {@code {{doc:ID}}}; by date, then id.
     */
    List<DocumentView> reportDocuments(ReportInfo report, Map<String, String> narrative) {
        Set<Long> cited = new LinkedHashSet<>();
        narrative.values().forEach(body -> cited.addAll(Tokens.documentIds(body)));
        Map<Long, DocumentView> found = new LinkedHashMap<>();
        documents.forReport(report.id()).forEach(d -> found.put(d.id(), d));
        documents.byIds(cited).stream()
                .filter(d -> d.orgUnitId() == report.orgUnitId())
                .forEach(d -> found.putIfAbsent(d.id(), d));
        return found.values().stream()
                .sorted(Comparator.comparing(DocumentView::issuedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(DocumentView::id))
                .toList();
    }

    List<DocumentView> register(long unitId) {
        return documents.registerOf(unitId);
    }

    Map<String, Indicator> catalogue() {
        Map<String, Indicator> result = new LinkedHashMap<>();
        jdbc.query("select code, label, kind from indicator order by position, code", rs -> {
            result.put(
                    rs.getString("code"),
                    new Indicator(rs.getString("code"), rs.getString("label"), rs.getString("kind")));
        });
        return result;
    }

    /** The figures through the indicator module's query API (issue 20: its tables are its own). */
    Map<String, IndicatorValue> indicators(long reportId) {
        Map<String, IndicatorValue> result = new LinkedHashMap<>();
        for (IndicatorValueView v : indicatorValues.forReport(reportId)) {
            result.put(
                    v.code(),
                    new IndicatorValue(
                            v.code(),
                            v.label(),
                            v.kind(),
                            v.numericValue(),
                            v.textValue(),
                            v.qualifier(),
                            v.printed()));
        }
        return result;
    }

    Map<String, ProcedureSummary> procedures(long reportId) {
        Map<String, ProcedureSummary> result = new LinkedHashMap<>();
        jdbc.query(
                "select authority_level, field_count, procedure_count from procedure_level_summary where report_id = :report",
                Map.of("report", reportId),
                rs -> {
                    result.put(rs.getString(1), new ProcedureSummary(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                });
        return result;
    }

    /** Narrative bodies by section code, in the order the sections were written. */
    Map<String, String> narrative(long reportId) {
        List<String[]> rows = new ArrayList<>(jdbc.query(
                "select section_code, body from narrative_section where report_id = :report order by section_code",
                Map.of("report", reportId),
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}));
        rows.sort(Comparator.comparingInt(r -> rank(r[0])));
        Map<String, String> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put(r[0], r[1]));
        return result;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** Section codes in the order of the report (records-model.md); unknown codes go last. */
    static final List<String> SECTION_ORDER = List.of(
            "INTRO",
            "I",
            "II.1",
            "II.2.1",
            "II.2.2",
            "II.2.3.a",
            "II.2.3.b",
            "II.2.3.c",
            "II.2.3.d",
            "II.3",
            "II.4",
            "II.5",
            "II.6",
            "III.1",
            "III.2",
            "IV",
            "V",
            "CLOSING");

    private static int rank(String section) {
        int i = SECTION_ORDER.indexOf(section);
        return i < 0 ? SECTION_ORDER.size() : i;
    }
}
