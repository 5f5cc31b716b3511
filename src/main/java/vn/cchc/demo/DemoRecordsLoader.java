package vn.cchc.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.document.DocumentInput;
import vn.cchc.document.DocumentView;
import vn.cchc.document.IssuedDocuments;
import vn.cchc.dossier.DossierColumn;
import vn.cchc.dossier.DossierGroupKind;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierStatisticsService;
import vn.cchc.indicator.Indicator;
import vn.cchc.indicator.IndicatorCatalogue;
import vn.cchc.indicator.IndicatorKind;
import vn.cchc.indicator.IndicatorValues;
import vn.cchc.indicator.ValueInput;
import vn.cchc.narrative.AssignedTasks;
import vn.cchc.narrative.Narratives;
import vn.cchc.narrative.SectionText;
import vn.cchc.narrative.TaskInput;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.ReportHeader;
import vn.cchc.report.ReportSection;
import vn.cchc.report.ReportSummary;
import vn.cchc.report.Reports;
import vn.cchc.shared.StartupDataStep;

/**
 * The records of the 2023 demo reports: Liên Mạc as printed (src/main/resources/demo/lien-mac-2023.json, see
 * docs/demo-data.md) and plausible, clearly synthetic records for the other 2023 communes. Runs once, when the
 * Liên Mạc 2023 report has no records yet; everything in one transaction.
 */
@Component
@ConditionalOnProperty(name = "cchc.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoRecordsLoader extends StartupDataStep {

    @Override
    protected int order() {
        return 10;
    }

    static final String JSON = "demo/lien-mac-2023.json";
    private static final Logger log = LoggerFactory.getLogger(DemoRecordsLoader.class);
    private static final Pattern DOC_TOKEN = Pattern.compile("\\{\\{doc:([^}|]+)(\\|[^}]*)?}}");
    /** The loader acts as the system: sees every unit. */
    static final UnitViewer SYSTEM = new UnitViewer() {
        public Long unitId() {
            return null;
        }

        public boolean seesSubordinates() {
            return true;
        }

        public boolean seesAll() {
            return true;
        }
    };

    private final OrgUnits orgUnits;
    private final Reports reports;
    private final IssuedDocuments documents;
    private final IndicatorCatalogue catalogue;
    private final IndicatorValues values;
    private final AssignedTasks tasks;
    private final Narratives narratives;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate tx;
    private final DossierStatisticsService dossier;

    DemoRecordsLoader(
            OrgUnits orgUnits,
            Reports reports,
            IssuedDocuments documents,
            IndicatorCatalogue catalogue,
            IndicatorValues values,
            AssignedTasks tasks,
            Narratives narratives,
            JdbcTemplate jdbc,
            ObjectMapper json,
            TransactionTemplate tx,
            DossierStatisticsService dossier) {
        this.dossier = dossier;
        this.orgUnits = orgUnits;
        this.reports = reports;
        this.documents = documents;
        this.catalogue = catalogue;
        this.values = values;
        this.tasks = tasks;
        this.narratives = narratives;
        this.jdbc = jdbc;
        this.json = json;
        this.tx = tx;
    }

    @Override
    protected void load() throws IOException {
        JsonNode root;
        try (InputStream in = new ClassPathResource(JSON).getInputStream()) {
            root = json.readTree(in);
        }
        OrgUnit lienMac = orgUnits.byCode(root.get("unitCode").asText()).orElse(null);
        if (lienMac == null) return;
        Long reportId = report2023(lienMac, root.get("periodTitle").asText());
        if (reportId == null || hasRecords(reportId)) return;
        tx.executeWithoutResult(s -> {
            loadLienMac(root, lienMac, reportId);
            synthetic();
        });
        log.info("Demo records loaded (Liên Mạc 2023 as printed, synthetic records for the other 2023 communes)");
    }

    private Long report2023(OrgUnit unit, String periodTitle) {
        return reports.visible(SYSTEM, 2023, unit.getId()).stream()
                .filter(r -> r.periodTitle().equals(periodTitle))
                .map(ReportSummary::id)
                .findFirst()
                .orElse(null);
    }

    private boolean hasRecords(long reportId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from narrative_section where report_id = ?", Integer.class, reportId);
        return (n != null && n > 0)
                || !documents.attachedIds(reportId).isEmpty()
                || !values.forReport(reportId).isEmpty();
    }

    // ---- Liên Mạc, as printed ------------------------------------------------------------------------------

    private void loadLienMac(JsonNode root, OrgUnit unit, long reportId) {
        JsonNode r = root.get("report");
        reports.updateHeader(
                SYSTEM,
                reportId,
                new ReportHeader(
                        text(r, "numberSymbol"),
                        date(r, "reportDate"),
                        strings(r.get("summaryLines")),
                        text(r, "signerAuthority"),
                        text(r, "signerTitle"),
                        text(r, "signerName"),
                        strings(r.get("recipients"))));

        Map<String, Long> ids = new HashMap<>();
        for (JsonNode d : root.get("documents")) {
            DocumentView v = documents.create(
                    SYSTEM,
                    unit.getId(),
                    new DocumentInput(
                            text(d, "issuerKind"),
                            text(d, "issuerName"),
                            text(d, "docType"),
                            text(d, "numberSymbol"),
                            date(d, "issuedOn"),
                            text(d, "summary"),
                            d.path("legalBasis").asBoolean(false),
                            strings(d.get("sections"))),
                    reportId);
            ids.put(text(d, "key"), v.id());
        }

        List<ValueInput> rows = new ArrayList<>();
        for (JsonNode i : root.get("indicators")) {
            String value = i.has("text") ? text(i, "text") : i.get("value").asText();
            rows.add(new ValueInput(
                    text(i, "code"),
                    value,
                    i.has("qualifier") ? text(i, "qualifier") : "EXACT",
                    text(i, "note"),
                    null));
        }
        values.saveAll(SYSTEM, reportId, rows);

        for (JsonNode p : root.get("procedureSummary")) {
            procedureSummary(
                    reportId,
                    text(p, "level"),
                    p.get("fields").asInt(),
                    p.get("procedures").asInt());
        }
        List<DossierRowView> dossierRows = new ArrayList<>();
        for (JsonNode row : root.get("dossierRows")) {
            String kind = text(row, "groupKind");
            Integer[] figures = new Integer[DossierColumn.values().length];
            for (DossierColumn c : DossierColumn.values()) figures[c.number() - 3] = integer(row, c.property());
            dossierRows.add(DossierRowView.of(
                    text(row, "label"),
                    kind == null ? DossierGroupKind.UNIT : DossierGroupKind.valueOf(kind),
                    figures));
        }
        dossier.seedDemo(reportId, dossierRows);

        for (JsonNode t : root.get("tasks")) {
            tasks.create(
                    SYSTEM,
                    reportId,
                    new TaskInput(
                            null,
                            text(t, "assignedBy"),
                            text(t, "sourceDocument"),
                            text(t, "content"),
                            date(t, "deadline"),
                            text(t, "status"),
                            text(t, "result")));
        }

        List<SectionText> sections = new ArrayList<>();
        root.get("narrative")
                .properties()
                .forEach(e -> sections.add(
                        new SectionText(e.getKey(), resolveDocKeys(e.getValue().asText(), ids), null)));
        narratives.save(SYSTEM, reportId, sections);
    }

    /** {{doc:KEY}} → {{doc:<database id>}}, keeping a "|short" suffix. */
    static String resolveDocKeys(String body, Map<String, Long> ids) {
        Matcher m = DOC_TOKEN.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Long id = ids.get(m.group(1));
            if (id == null)
                throw new IllegalStateException("Demo narrative cites an unknown document key: " + m.group(1));
            m.appendReplacement(
                    out, Matcher.quoteReplacement("{{doc:" + id + (m.group(2) == null ? "" : m.group(2)) + "}}"));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---- the other 2023 communes: synthetic ----------------------------------------------------------------

    private record Commune(String code, int seed, String number, String signer) {}

    private void synthetic() {
        List<Commune> communes = List.of(
                new Commune("THANH_HONG", 1, "12/BC-UBND", "Lê Văn Minh (demo)"),
                new Commune("THANH_XA", 2, "47/BC-UBND", "Nguyễn Văn Hải (demo)"),
                new Commune("CAM_CHE", 3, "31/BC-UBND", "Trần Văn Long (demo)"),
                new Commune("THANH_KHE", 4, "58/BC-UBND", "Phạm Thị Hoa (demo)"),
                new Commune("TAN_KY", 5, "20/BC-UBND", "Vũ Văn Đức (demo)"));
        for (Commune c : communes) {
            OrgUnit unit = orgUnits.byCode(c.code()).orElse(null);
            if (unit == null) continue;
            Long reportId = report2023(unit, "năm 2023");
            if (reportId == null || hasRecords(reportId)) continue;
            syntheticReport(unit, reportId, c);
        }
    }

    private void syntheticReport(OrgUnit unit, long reportId, Commune c) {
        String place = unit.getPlaceName();
        String issuer = "UBND " + unit.getName();
        reports.updateHeader(
                SYSTEM,
                reportId,
                new ReportHeader(
                        c.number(),
                        LocalDate.of(2023, 12, 5 + c.seed()),
                        List.of("Kết quả công tác cải cách hành chính", "trên địa bàn " + unit.getName() + " năm 2023"),
                        "TM. ỦY BAN NHÂN DÂN XÃ",
                        "CHỦ TỊCH",
                        c.signer(),
                        List.of("- UBND huyện;", "- Phòng Nội vụ huyện;", "- Lưu: VT.")));

        int s = c.seed();
        Map<String, Long> d = new HashMap<>();
        d.put(
                "kh",
                doc(
                        unit,
                        reportId,
                        issuer,
                        "KH",
                        (s + 1) + "/KH-UBND",
                        LocalDate.of(2023, 1, 5 + s),
                        "Kế hoạch cải cách hành chính năm 2023 (dữ liệu minh họa)",
                        "I"));
        d.put(
                "tt",
                doc(
                        unit,
                        reportId,
                        issuer,
                        "KH",
                        (s + 6) + "/KH-UBND",
                        LocalDate.of(2023, 2, 10 + s),
                        "tuyên truyền cải cách hành chính năm 2023 (dữ liệu minh họa)",
                        "I"));
        d.put(
                "ks",
                doc(
                        unit,
                        reportId,
                        issuer,
                        "KH",
                        (s + 12) + "/KH-UBND",
                        LocalDate.of(2023, 3, 1 + s),
                        "rà soát, đánh giá thủ tục hành chính năm 2023 (dữ liệu minh họa)",
                        "II.2.1"));
        d.put(
                "tb",
                doc(
                        unit,
                        reportId,
                        issuer,
                        "TB",
                        (s + 3) + "/TB-UBND",
                        LocalDate.of(2023, 4, 3 + s),
                        "công khai danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã (dữ liệu minh họa)",
                        "II.2.2"));
        d.put(
                "qd",
                doc(
                        unit,
                        reportId,
                        issuer,
                        "QD",
                        (s + 20) + "/QĐ-UBND",
                        LocalDate.of(2023, 5, 8 + s),
                        "kiện toàn Bộ phận Tiếp nhận và Trả kết quả của UBND xã (dữ liệu minh họa)",
                        "II.2.3.a"));
        d.put(
                "cds",
                doc(
                        unit,
                        reportId,
                        issuer,
                        "KH",
                        (s + 25) + "/KH-UBND",
                        LocalDate.of(2023, 6, 12 + s),
                        "chuyển đổi số năm 2023 (dữ liệu minh họa)",
                        "II.6"));

        // dossier figures with consistent arithmetic
        int online = 1800 + 100 * s, direct = 40 + 10 * s, carried = s;
        int received = online + direct + carried;
        int pending = 2 + s, pendingOverdue = s % 2;
        int resolved = received - pending;
        int late = s == 3 ? 1 : 0, onTime = 10 * s, early = resolved - onTime - late;
        procedureSummary(reportId, "COMMUNE", 33, 120 + s);
        procedureSummary(reportId, "DISTRICT", 3, 16);
        procedureSummary(reportId, "PROVINCE", 2, 25);
        procedureSummary(reportId, "CENTRAL_VERTICAL", 2, 5);
        dossier.seedDemo(
                reportId,
                List.of(DossierRowView.of(
                        place,
                        DossierGroupKind.UNIT,
                        received,
                        online,
                        direct,
                        carried,
                        resolved,
                        early,
                        onTime,
                        late,
                        pending,
                        pending - pendingOverdue,
                        pendingOverdue)));

        Map<String, String> fixed = new HashMap<>();
        int university = 14 + s % 3, intermediate = 2, staff = university + intermediate, semi = 10;
        int excellent = 3, completed = 1, good = staff + semi - excellent - completed;
        fixed.put("STAFF_TOTAL", "" + staff);
        fixed.put("STAFF_UNIVERSITY", "" + university);
        fixed.put("STAFF_INTERMEDIATE", "" + intermediate);
        fixed.put("SEMI_PROFESSIONAL_STAFF", "" + semi);
        fixed.put("RATING_EXCELLENT", "" + excellent);
        fixed.put("RATING_GOOD", "" + good);
        fixed.put("RATING_COMPLETED", "" + completed);
        fixed.put("VILLAGES_TOTAL", "" + (4 + s % 3));
        fixed.put("VILLAGES_SECRETARY_HEAD", "" + (4 + s % 3));
        fixed.put("ONLINE_DOSSIERS", "" + online);
        fixed.put(
                "ONLINE_RATE",
                BigDecimal.valueOf(online * 100L)
                        .divide(BigDecimal.valueOf(received), 2, RoundingMode.HALF_UP)
                        .toPlainString());
        fixed.put("FEEDBACK_RECEIVED", "0");
        fixed.put("LEGAL_NORMATIVE_DOCS_ISSUED", "0");
        fixed.put("SATISFACTION_LEVEL", "từ tốt trở lên");
        fixed.put("BUDGET_REVENUE", "" + (3_000_000_000L + 250_000_000L * s));
        List<ValueInput> rows = new ArrayList<>();
        int n = 0;
        for (Indicator i : values.catalogueFor(reportId)) {
            if (!i.isActive()) continue;
            n++;
            String v = fixed.get(i.getCode());
            if (v == null) {
                v = switch (i.getKind()) {
                    case COUNT ->
                        ""
                                + (i.getUnitOfMeasure() != null
                                                && i.getUnitOfMeasure().equals("máy")
                                        ? 2 + s % 2
                                        : 5 * (2 + (n + s) % 6));
                    case MONEY -> "" + 100_000_000L * (5 + s);
                    case PERCENT -> "100";
                    case TEXT -> "Không";
                    case DECIMAL -> "80,5";
                    case DATE -> "01/12/2023";
                    case YES_NO -> "có";
                };
            }
            rows.add(new ValueInput(
                    i.getCode(), v, "EXACT", i.getKind() == IndicatorKind.TEXT ? null : "Số liệu minh họa", null));
        }
        values.saveAll(SYSTEM, reportId, rows);

        tasks.create(
                SYSTEM,
                reportId,
                new TaskInput(
                        null,
                        "UBND huyện",
                        "Công văn của UBND huyện về chế độ báo cáo CCHC (minh họa)",
                        "Báo cáo kết quả công tác cải cách hành chính định kỳ",
                        LocalDate.of(2023, 12, 15),
                        "DONE",
                        "Đã báo cáo đúng hạn (dữ liệu minh họa)."));
        tasks.create(
                SYSTEM,
                reportId,
                new TaskInput(
                        null,
                        "Chủ tịch UBND huyện",
                        null,
                        "Rà soát, cập nhật danh mục thủ tục hành chính cấp xã",
                        LocalDate.of(2023, 6, 30),
                        s % 2 == 0 ? "DONE_LATE" : "DONE",
                        "Đã niêm yết công khai danh mục TTHC (dữ liệu minh họa)."));

        Map<String, String> body = new HashMap<>();
        body.put(
                "INTRO",
                "Thực hiện chỉ đạo của UBND huyện về chế độ báo cáo cải cách hành chính định kỳ, UBND " + unit.getName()
                        + " báo cáo kết quả công tác cải cách hành chính năm 2023 như sau (dữ liệu minh họa):");
        body.put(
                "I",
                "UBND xã ban hành {{doc:" + d.get("kh") + "}} về cải cách hành chính năm 2023 và {{doc:" + d.get("tt")
                        + "}} về tuyên truyền cải cách hành chính.\n\nTrong năm, UBND xã tổ chức {{ind:MEETINGS_CCHC|00}} cuộc họp, giao ban về CCHC; "
                        + "đài truyền thanh xã phát {{ind:RADIO_NEWS_CCHC}} tin bài về CCHC.");
        body.put(
                "II.1",
                "Năm 2023, HĐND, UBND xã không ban hành văn bản quy phạm pháp luật; đã rà soát {{ind:ADMIN_DOCS_REVIEWED}} văn bản hành chính.");
        body.put(
                "II.2.1",
                "UBND xã ban hành {{doc:" + d.get("ks")
                        + "}} và thực hiện rà soát các thủ tục hành chính theo kế hoạch.");
        body.put(
                "II.2.2",
                "Ban hành {{doc:" + d.get("tb") + "}}; niêm yết công khai {{tthc:xa.thutuc}} thủ tục hành chính thuộc "
                        + "{{tthc:xa.linhvuc}} lĩnh vực cấp xã.");
        body.put(
                "II.2.3.a",
                "UBND xã ban hành {{doc:" + d.get("qd")
                        + "}}; Bộ phận Một cửa có {{ind:ONE_STOP_COMPUTERS|00}} máy vi tính, "
                        + "{{ind:ONE_STOP_SCANNERS|00}} máy scan.");
        body.put(
                "II.2.3.b",
                "Kết quả giải quyết thủ tục hành chính (từ ngày 10/12/2022 đến 09/12/2023):\n\n{{table:dossier}}");
        body.put("II.2.3.c", "Trong năm, UBND xã không nhận được phản ánh, kiến nghị về quy định hành chính.");
        body.put("II.2.3.d", "Mức độ hài lòng của tổ chức, cá nhân {{ind:SATISFACTION_LEVEL}}.");
        body.put(
                "II.3",
                "Tổng số cán bộ, công chức xã: {{ind:STAFF_TOTAL}} người, trong đó trình độ đại học {{ind:STAFF_UNIVERSITY}} người, "
                        + "trung cấp {{ind:STAFF_INTERMEDIATE|00}} người.");
        body.put(
                "II.4",
                "Kết quả đánh giá, xếp loại: {{ind:RATING_EXCELLENT|00}} người hoàn thành xuất sắc, {{ind:RATING_GOOD}} người "
                        + "hoàn thành tốt, {{ind:RATING_COMPLETED|00}} người hoàn thành nhiệm vụ.");
        body.put("II.5", "Thu ngân sách nhà nước đạt {{ind:BUDGET_REVENUE}} đồng (dữ liệu minh họa).");
        body.put(
                "II.6",
                "UBND xã ban hành {{doc:" + d.get("cds")
                        + "}}. Số hồ sơ tiếp nhận trực tuyến: {{ind:ONLINE_DOSSIERS}} hồ sơ, "
                        + "đạt tỷ lệ {{ind:ONLINE_RATE}}.");
        body.put(
                "III.1",
                "Công tác cải cách hành chính được quan tâm chỉ đạo; các nhiệm vụ cơ bản hoàn thành theo kế hoạch.");
        body.put("III.2", "Cơ sở vật chất, trang thiết bị phục vụ Bộ phận Một cửa còn hạn chế.");
        body.put(
                "IV",
                "1. Tiếp tục triển khai kế hoạch cải cách hành chính năm 2024.\n\n2. Đẩy mạnh chuyển đổi số, tiếp nhận hồ sơ trực tuyến.");
        body.put("V", "Đề nghị UBND huyện quan tâm hỗ trợ trang thiết bị cho Bộ phận Một cửa.");
        body.put(
                "CLOSING",
                "Trên đây là báo cáo kết quả công tác cải cách hành chính năm 2023 của UBND " + unit.getName() + ".");
        List<SectionText> sections = new ArrayList<>();
        for (String code : ReportSection.codes())
            sections.add(new SectionText(code, body.getOrDefault(code, ""), null));
        narratives.save(SYSTEM, reportId, sections);
    }

    private Long doc(
            OrgUnit unit,
            long reportId,
            String issuer,
            String type,
            String number,
            LocalDate on,
            String summary,
            String section) {
        return documents
                .create(
                        SYSTEM,
                        unit.getId(),
                        new DocumentInput("OWN", issuer, type, number, on, summary, false, List.of(section)),
                        reportId)
                .id();
    }

    // ---- plain SQL for the tables whose services another feature owns ----------------------------------------

    private void procedureSummary(long reportId, String level, int fields, int procedures) {
        jdbc.update(
                "insert into procedure_level_summary (report_id, authority_level, field_count, procedure_count) values (?, ?, ?, ?)",
                reportId,
                level,
                fields,
                procedures);
    }

    // ---- JSON helpers --------------------------------------------------------------------------------------

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode n, String field) {
        String s = text(n, field);
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) array.forEach(e -> out.add(e.asText()));
        return out;
    }
}
