package vn.cchc.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.IntegrationTest;
import vn.cchc.UniqueTag;
import vn.cchc.account.Accounts;
import vn.cchc.account.NewAccount;
import vn.cchc.account.Role;
import vn.cchc.document.DocumentInput;
import vn.cchc.document.IssuedDocuments;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.rendering.VnFormat;

/**
 * A commune that is not in the demo, from nothing to a signed report, through the API only (accounts through the
 * Java service): units, officials, a period that opens the reports, records, submit, sign; then what the signed
 * PDF and DOCX say. Fresh units with their own codes keep the shared demo database as it is.
 */
@IntegrationTest
class AnyCommuneReportTests {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    IssuedDocuments documents;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    /** A city directly under the central level, founded for the two-tier era; one ward under it. */
    record City(long city, long ward, String tag, String clerk, String chair, String cityName) {}

    @Test
    void aWardCreatedOn1July2025ReportsItsQuarterUnderTheCityAndTheChairmanSigns() throws Exception {
        City c = city("Hòa Bình");
        long chairman = official(c.ward(), "Trần Quốc Hưng", "CHAIRMAN");
        // the quarter straddles the ward's first day: it reports from 01/07/2025
        JsonNode period = created(admin(post("/api/v1/periods")), """
                {"scheduleUnitId": %d, "kind": "QUARTER", "title": "quý III năm 2025", "year": 2025,
                 "windowStart": "2025-06-15", "windowEnd": "2025-09-14", "deadline": "2025-09-20"}""".formatted(c.city()));
        assertThat(period.get("opened").asBoolean()).isTrue();
        // the same kind and window again: 409
        assertThat(call(admin(post("/api/v1/periods")), """
                {"scheduleUnitId": %d, "kind": "QUARTER", "title": "quý III", "year": 2025,
                 "windowStart": "2025-06-15", "windowEnd": "2025-09-14", "deadline": "2025-09-20"}""".formatted(c.city())).getStatus())
                .isEqualTo(409);

        // opening the period created the ward's report: the clerk's own «Lập báo cáo» is then a 409
        MockHttpServletResponse again = call(
                as(c.clerk(), post("/api/v1/reports")),
                "{\"orgUnitId\": %d, \"periodId\": %d}"
                        .formatted(c.ward(), period.get("id").asLong()));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("đã có báo cáo");
        long report = reportOf(c.clerk(), c.ward(), 2025);

        // records: a plan of the ward, a report of its own numbered 03/BC-UBND this year, the dossier figures
        document(
                c,
                report,
                "KH",
                "12/KH-UBND",
                LocalDate.of(2025, 7, 15),
                "Kế hoạch cải cách hành chính quý III năm 2025",
                "I");
        document(c, report, "BC", "03/BC-UBND", LocalDate.of(2025, 8, 5), "Báo cáo công tác tháng 7", null);
        dossier(c.clerk(), report, "Phường " + c.tag(), 120, 100, 20, 0, 110, 100, 8, 2, 10, 10, 0);
        // the date is chosen before signing; the number is left for the register
        MockHttpServletResponse chosen = call(
                as(c.clerk(), put("/api/v1/reports/" + report + "/signing-details")),
                "{\"reportDate\": \"2025-09-18\"}");
        assertThat(chosen.getStatus()).isEqualTo(200);
        submitAndSign(c, report);

        JsonNode details = body(as(c.clerk(), get("/api/v1/reports/" + report + "/signing-details")));
        assertThat(details.get("numberSymbol").asText()).isEqualTo("04/BC-UBND");
        assertThat(details.get("signerOfficialId").isNull()).isTrue();
        String pdf = RenderedText.pdf(bytes(c.clerk(), "/api/v1/reports/" + report + "/document.pdf"));
        String docx = RenderedText.docx(bytes(c.clerk(), "/api/v1/reports/" + report + "/document.docx"));
        for (String text : List.of(pdf, docx)) {
            assertThat(text)
                    .contains(
                            "Số: 04/BC-UBND",
                            "UBND PHƯỜNG " + c.tag().toUpperCase(VI),
                            "UBND " + c.cityName().toUpperCase(VI),
                            "UBND phường đã ban hành Kế hoạch số 12/KH-UBND ngày 15/07/2025",
                            "trên địa bàn phường " + c.tag() + " quý III năm 2025",
                            "(từ ngày 01/07/2025 đến ngày 14/09/2025)",
                            "TRỌNG TÂM QUÝ IV NĂM 2025",
                            "TM. ỦY BAN NHÂN DÂN",
                            "CHỦ TỊCH",
                            "Trần Quốc Hưng",
                            "Sở Nội vụ " + c.cityName(),
                            "ngày 18 tháng 9 năm 2025",
                            "Không phát sinh.");
            assertThat(text).doesNotContain("NĂM 2026", "Phòng Nội vụ huyện", "KT. CHỦ TỊCH");
        }
        // the signed report is in the ward's register as a BC document, and the duplicate check stays silent
        assertThat(jdbc.queryForObject("""
                select count(*) from issued_document where org_unit_id = ? and doc_type = 'BC' and number_symbol = '04/BC-UBND'
                and issued_on = date '2025-09-18'""", Integer.class, c.ward())).isEqualTo(1);
        String checks = body(as(c.clerk(), get("/api/v1/reports/" + report + "/checks")))
                .toString();
        assertThat(checks).doesNotContain("DUPLICATE_NUMBER");
        assertThat(chairman).isPositive();
    }

    @Test
    void aViceChairmanSignsOnTheChairmansBehalfAndWithoutAnySignerSigningIsRefused() throws Exception {
        City c = city("Hòa Lạc");
        JsonNode period = created(admin(post("/api/v1/periods")), """
                {"scheduleUnitId": %d, "kind": "HALF_YEAR", "title": "6 tháng đầu năm 2026", "year": 2026,
                 "windowStart": "2025-12-15", "windowEnd": "2026-06-14", "deadline": "2026-06-20"}""".formatted(c.city()));
        // a second ward, created after the period was opened: its clerk opens the report («Lập báo cáo») → 201
        long lateWard = created(
                        admin(post("/api/v1/org-units")), """
                {"code": "LATE_%s", "name": "phường Mới %s", "level": "COMMUNE", "parentId": %d, "validFrom": "2026-01-01"}""".formatted(c.tag().hashCode() & 0xffff, c.tag(), c.city()))
                .get("id")
                .asLong();
        String lateClerk = account(lateWard, Role.CLERK, "Cán bộ phường Mới");
        MockHttpServletResponse opened = call(
                as(lateClerk, post("/api/v1/reports")),
                "{\"orgUnitId\": %d, \"periodId\": %d}"
                        .formatted(lateWard, period.get("id").asLong()));
        assertThat(opened.getStatus()).isEqualTo(201);
        // someone else's unit: 404, not a report
        assertThat(call(
                                as(lateClerk, post("/api/v1/reports")),
                                "{\"orgUnitId\": %d, \"periodId\": %d}"
                                        .formatted(c.ward(), period.get("id").asLong()))
                        .getStatus())
                .isEqualTo(404);

        long report = reportOf(c.clerk(), c.ward(), 2026);
        long vice = official(c.ward(), "Lê Thị Thanh Hoa", "VICE_CHAIRMAN");
        call(as(c.clerk(), post("/api/v1/reports/" + report + "/submit")), "{\"confirmWarnings\": true}");
        // no chairman on record and no signer chosen: 409 with the reason, nothing signed
        MockHttpServletResponse refused = call(as(c.chair(), post("/api/v1/reports/" + report + "/sign")), null);
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("chưa có Chủ tịch");
        assertThat(jdbc.queryForObject("select status from report where id = ?", String.class, report))
                .isEqualTo("SUBMITTED");

        call(as(c.chair(), post("/api/v1/reports/" + report + "/return")), "{\"comment\": \"Chọn người ký\"}");
        assertThat(call(
                                as(c.clerk(), put("/api/v1/reports/" + report + "/signing-details")),
                                "{\"signerOfficialId\": %d}".formatted(vice))
                        .getStatus())
                .isEqualTo(200);
        submitAndSign(c, report);

        LocalDate today = LocalDate.now(clock);
        String pdf = RenderedText.pdf(bytes(c.clerk(), "/api/v1/reports/" + report + "/document.pdf"));
        String docx = RenderedText.docx(bytes(c.clerk(), "/api/v1/reports/" + report + "/document.docx"));
        String number = "01/BC-UBND"; // the ward's first report of the signing year
        for (String text : List.of(pdf, docx)) {
            assertThat(text)
                    .contains(
                            "Số: " + number,
                            "TM. ỦY BAN NHÂN DÂN",
                            "KT. CHỦ TỊCH",
                            "PHÓ CHỦ TỊCH",
                            "Lê Thị Thanh Hoa",
                            "TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026",
                            VnFormat.dateText(today));
        }
    }

    @Test
    void aNineMonthReportOfACommuneUnderADistrictIn2022GoesToTheDistrict() throws Exception {
        String tag = tag();
        long province = unit("P" + tag, "tỉnh Kim " + tag, "PROVINCE", null, "1997-01-01");
        long district = unit("D" + tag, "huyện Kim Lâm " + tag, "DISTRICT", province, "1997-01-01");
        long otherDistrict = unit("E" + tag, "huyện Kim Bảng " + tag, "DISTRICT", province, "1997-01-01");
        long commune = unit("C" + tag, "xã Kim Tân " + tag, "COMMUNE", district, "2000-01-01");
        long otherCommune = unit("F" + tag, "thị trấn Kim Thành " + tag, "COMMUNE", otherDistrict, "2000-01-01");
        long tooLate = unit("G" + tag, "xã Kim Mới " + tag, "COMMUNE", district, "2022-10-01");
        String clerk = account(commune, Role.CLERK, "Cán bộ xã Kim Tân");
        String chair = account(commune, Role.CHAIRMAN, "Chủ tịch xã Kim Tân");
        official(commune, "Phạm Minh Khôi", "CHAIRMAN");

        JsonNode period = created(admin(post("/api/v1/periods")), """
                {"scheduleUnitId": %d, "kind": "NINE_MONTHS", "title": "9 tháng năm 2022", "year": 2022,
                 "windowStart": "2021-12-15", "windowEnd": "2022-09-14", "deadline": "2022-09-20"}""".formatted(province));
        long periodId = period.get("id").asLong();
        // a province's period reaches its communes through the districts; a commune born after the window does not
        // report
        assertThat(reportsOf(periodId)).containsExactlyInAnyOrder(commune, otherCommune);
        assertThat(reportsOf(periodId)).doesNotContain(tooLate, district);

        // a district office's ad-hoc period: only its own communes (not the whole province)
        String office = account(district, Role.REVIEWER, "Phòng Nội vụ huyện Kim Lâm");
        JsonNode adHoc = created(as(office, post("/api/v1/periods")), """
                {"scheduleUnitId": %d, "kind": "AD_HOC", "title": "đột xuất về một cửa", "year": 2022,
                 "windowStart": "2022-01-01", "windowEnd": "2022-06-30", "deadline": "2022-07-10"}""".formatted(district));
        assertThat(reportsOf(adHoc.get("id").asLong())).containsExactly(commune);
        // an office may not set a period for another office's units
        assertThat(call(as(office, post("/api/v1/periods")), """
                {"scheduleUnitId": %d, "kind": "AD_HOC", "title": "x", "year": 2022,
                 "windowStart": "2022-01-01", "windowEnd": "2022-06-30", "deadline": "2022-07-10"}""".formatted(otherDistrict))
                        .getStatus())
                .isEqualTo(403);

        long report = reportOf(clerk, commune, 2022, periodId);
        City c = new City(province, commune, tag, clerk, chair, null);
        dossier(clerk, report, "Xã Kim Tân", 250, 200, 50, 0, 240, 200, 40, 0, 10, 10, 0);
        submitAndSign(c, report);
        String pdf = RenderedText.pdf(bytes(clerk, "/api/v1/reports/" + report + "/document.pdf"));
        String docx = RenderedText.docx(bytes(clerk, "/api/v1/reports/" + report + "/document.docx"));
        for (String text : List.of(pdf, docx)) {
            assertThat(text)
                    .contains(
                            "UBND HUYỆN KIM LÂM " + tag.toUpperCase(VI),
                            "UBND XÃ KIM TÂN " + tag.toUpperCase(VI),
                            "Phòng Nội vụ huyện Kim Lâm " + tag,
                            "TRỌNG TÂM QUÝ IV NĂM 2022",
                            "9 tháng năm 2022",
                            "(từ ngày 15/12/2021 đến ngày 14/09/2022)",
                            "Phạm Minh Khôi",
                            "/BC-UBND",
                            "Không phát sinh.");
            assertThat(text).doesNotContain("NĂM 2023", "Sở Nội vụ");
        }
    }

    @Test
    void newUnitsAreCheckedWithVietnameseMessages() throws Exception {
        MockHttpServletResponse r = call(
                admin(post("/api/v1/org-units")),
                "{\"code\": \"bad code\", \"name\": \"Hòa Bình\", \"level\": \"COMMUNE\"}");
        assertThat(r.getStatus()).isEqualTo(422);
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .contains(
                        "\"field\":\"code\"",
                        "\"field\":\"name\"",
                        "phường Hòa Bình",
                        "\"field\":\"validFrom\"",
                        "\"field\":\"parentId\"");
        assertThat(call(
                                as("lienmac-clerk", post("/api/v1/org-units")),
                                "{\"code\": \"X_NOPE\", \"name\": \"xã Không\", \"level\": \"COMMUNE\", \"validFrom\": \"2025-07-01\"}")
                        .getStatus())
                .isEqualTo(403);
        assertThat(call(as("lienmac-clerk", post("/api/v1/periods")), """
                {"scheduleUnitId": 1, "kind": "AD_HOC", "title": "x", "year": 2022,
                 "windowStart": "2022-01-01", "windowEnd": "2022-06-30", "deadline": "2022-07-10"}""").getStatus())
                .isEqualTo(403);
        MockHttpServletResponse period = call(admin(post("/api/v1/periods")), "{\"kind\": \"QUARTER\"}");
        assertThat(period.getStatus()).isEqualTo(422);
        assertThat(period.getContentAsString(StandardCharsets.UTF_8)).contains("Tên kỳ báo cáo: bắt buộc");
    }

    /** Rename, move under another parent from a date, merge: the letterhead follows the name and the date. */
    @Test
    void anAdministratorRenamesMovesAndMergesUnits() throws Exception {
        String tag = tag();
        long province = unit("MP" + tag, "tỉnh Sông " + tag, "PROVINCE", null, "1997-01-01");
        long district = unit("MD" + tag, "huyện Sông " + tag, "DISTRICT", province, "1997-01-01");
        long a = unit("MA" + tag, "xã Sông A " + tag, "COMMUNE", district, "2000-01-01");
        long b = unit("MB" + tag, "xã Sông B " + tag, "COMMUNE", district, "2000-01-01");
        long merged = unit("MM" + tag, "phường Sông Mới " + tag, "COMMUNE", province, "2025-07-01");

        MockHttpServletResponse renamed =
                call(admin(put("/api/v1/org-units/" + a)), "{\"name\": \"thị trấn Sông A " + tag + "\"}");
        assertThat(renamed.getStatus()).isEqualTo(200);
        assertThat(renamed.getContentAsString(StandardCharsets.UTF_8))
                .contains("UBND THỊ TRẤN SÔNG A " + tag.toUpperCase(VI));
        assertThat(call(admin(put("/api/v1/org-units/" + a)), "{\"name\": \"Sông A\"}")
                        .getStatus())
                .isEqualTo(422);
        assertThat(call(as("lienmac-clerk", put("/api/v1/org-units/" + a)), "{\"name\": \"xã X\"}")
                        .getStatus())
                .isEqualTo(403);

        MockHttpServletResponse r = call(
                admin(post("/api/v1/org-units/" + merged + "/mergers")),
                "{\"predecessorIds\": [%d, %d], \"effectiveOn\": \"2025-07-01\", \"legalBasis\": \"Nghị quyết thử\"}"
                        .formatted(a, b));
        assertThat(r.getStatus())
                .as(r.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("select valid_to from org_unit where id = ?", LocalDate.class, a))
                .isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(jdbc.queryForObject(
                        "select count(*) from org_unit_succession where successor_id = ?", Integer.class, merged))
                .isEqualTo(2);
        // a predecessor's 2025 period after the merger no longer reaches it; the successor's does
        JsonNode period = created(admin(post("/api/v1/periods")), """
                {"scheduleUnitId": %d, "kind": "YEAR", "title": "năm 2025", "year": 2025,
                 "windowStart": "2024-12-15", "windowEnd": "2025-12-14", "deadline": "2025-12-20"}""".formatted(province));
        assertThat(reportsOf(period.get("id").asLong())).containsExactly(merged);
    }

    /** Six-digit figures in every column: none is split inside itself in the PDF, none outgrows its cell in Word. */
    @Test
    void sixDigitFiguresNeverBreakInsideATableCell() throws Exception {
        City c = city("Số Lớn");
        created(admin(post("/api/v1/periods")), """
                {"scheduleUnitId": %d, "kind": "QUARTER", "title": "quý IV năm 2025", "year": 2025,
                 "windowStart": "2025-09-15", "windowEnd": "2025-12-14", "deadline": "2025-12-20"}""".formatted(c.city()));
        long report = reportOf(c.clerk(), c.ward(), 2025);
        dossier(
                c.clerk(),
                report,
                "Phường " + c.tag(),
                500000,
                200000,
                200000,
                100000,
                300000,
                100000,
                100000,
                100000,
                200000,
                100000,
                100000);
        byte[] pdfBytes = bytes(c.clerk(), "/api/v1/reports/" + report + "/document.pdf");
        String pdf = RenderedText.pdf(pdfBytes);
        assertThat(pdf).contains("500.000", "300.000", "200.000", "100.000");
        // «500.00» then «0»: a figure split inside itself (looked for in the table: from «(13)» to the next heading)
        String pdfTable = pdf.substring(pdf.indexOf("(13)"), pdf.indexOf("IV. PHƯƠNG HƯỚNG"));
        assertThat(pdfTable)
                .contains("500.000 200.000 200.000 100.000 300.000 100.000 100.000 100.000 200.000 100.000 100.000");
        assertThat(pdfTable).doesNotContainPattern("(?<![\\d.])\\d{1,3}(?:\\.\\d{3})*\\.\\d{1,2}(?![\\d])");

        byte[] docxBytes = bytes(c.clerk(), "/api/v1/reports/" + report + "/document.docx");
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docxBytes))) {
            var table = doc.getTables().stream()
                    .filter(t ->
                            t.getRow(t.getNumberOfRows() - 1).getTableCells().size() == 13)
                    .findFirst()
                    .orElseThrow();
            var row = table.getRow(table.getNumberOfRows() - 1);
            for (int col = 2; col < 13; col++) {
                var cell = row.getCell(col);
                var run = cell.getParagraphs().get(0).getRuns().get(0);
                double size = run.getFontSizeAsDouble() == null ? 12 : run.getFontSizeAsDouble();
                String text = run.getText(0);
                double width = cell.getCTTc().getTcPr().getTcW().getW() instanceof BigInteger w ? w.doubleValue() : 705;
                double ems =
                        text.chars().mapToDouble(ch -> ch == '.' ? 0.25 : 0.5).sum();
                assertThat(size * ems)
                        .as("column " + (col + 1) + " «" + text + "» at " + size + " pt")
                        .isLessThanOrEqualTo((width - 90) / 20.0);
                assertThat(text).matches("\\d{3}\\.000");
            }
        }
    }

    // ---- steps ---------------------------------------------------------------------------------------------

    City city(String wardName) throws Exception {
        String tag = tag();
        String name = wardName + " " + tag;
        String cityName = "thành phố Cảng " + tag;
        long city = unit("CITY_" + tag, cityName, "PROVINCE", null, "2025-07-01");
        long ward = unit("WARD_" + tag, "phường " + name, "COMMUNE", city, "2025-07-01");
        return new City(
                city,
                ward,
                name,
                account(ward, Role.CLERK, "Nguyễn Văn An"),
                account(ward, Role.CHAIRMAN, "Chủ tịch phường"),
                cityName);
    }

    long unit(String code, String name, String level, Long parent, String from) throws Exception {
        JsonNode u = created(admin(post("/api/v1/org-units")), """
                {"code": "%s", "name": "%s", "level": "%s", "parentId": %s, "validFrom": "%s"}""".formatted(
                        code, name, level, parent == null ? "null" : parent, from));
        assertThat(u.get("name").asText()).isEqualTo(name);
        return u.get("id").asLong();
    }

    long official(long unit, String name, String position) throws Exception {
        return created(admin(post("/api/v1/org-units/" + unit + "/officials")), """
                {"fullName": "%s", "position": "%s", "validFrom": "2000-01-01"}""".formatted(name, position))
                .get("id")
                .asLong();
    }

    String account(long unit, Role role, String fullName) {
        String username = "any-" + role.name().toLowerCase() + "-" + unit + "-" + SEQ.incrementAndGet();
        accounts.create(new NewAccount(username, "demo", fullName, role, unit, false));
        return username;
    }

    void document(City c, long report, String type, String number, LocalDate on, String summary, String section) {
        documents.create(
                (UnitViewer) users.loadUserByUsername(c.clerk()),
                c.ward(),
                new DocumentInput(
                        "OWN",
                        "UBND phường " + c.tag(),
                        type,
                        number,
                        on,
                        summary,
                        false,
                        section == null ? List.of() : List.of(section)),
                report);
    }

    void dossier(String clerk, long report, String label, long... f) throws Exception {
        JsonNode current = body(as(clerk, get("/api/v1/reports/" + report + "/dossier-statistics")));
        String row = """
                {"label": "%s", "receivedTotal": %d, "receivedOnline": %d, "receivedDirect": %d, "receivedCarriedOver": %d,
                 "resolvedTotal": %d, "resolvedEarly": %d, "resolvedOnTime": %d, "resolvedLate": %d,
                 "pendingTotal": %d, "pendingOnTime": %d, "pendingOverdue": %d}""".formatted(label, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]);
        MockHttpServletResponse r = call(
                as(clerk, put("/api/v1/reports/" + report + "/dossier-statistics")),
                "{\"version\": %s, \"rows\": [%s]}".formatted(current.get("version"), row));
        assertThat(r.getStatus())
                .as(r.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
    }

    void submitAndSign(City c, long report) throws Exception {
        MockHttpServletResponse submitted =
                call(as(c.clerk(), post("/api/v1/reports/" + report + "/submit")), "{\"confirmWarnings\": true}");
        assertThat(submitted.getStatus())
                .as(submitted.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        MockHttpServletResponse signed = call(as(c.chair(), post("/api/v1/reports/" + report + "/sign")), null);
        assertThat(signed.getStatus())
                .as(signed.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
    }

    long reportOf(String clerk, long unit, int year) throws Exception {
        JsonNode list = body(as(clerk, get("/api/v1/reports?year=" + year + "&orgUnitId=" + unit)));
        assertThat(list.size()).isEqualTo(1);
        return list.get(0).get("id").asLong();
    }

    long reportOf(String clerk, long unit, int year, long periodId) throws Exception {
        JsonNode list = body(as(clerk, get("/api/v1/reports?year=" + year + "&orgUnitId=" + unit)));
        for (JsonNode r : list)
            if (r.get("periodId").asLong() == periodId) return r.get("id").asLong();
        throw new AssertionError("no report of period " + periodId + " in " + list);
    }

    List<Long> reportsOf(long periodId) {
        return jdbc.queryForList("select org_unit_id from report where period_id = ?", Long.class, periodId);
    }

    // ---- HTTP ----------------------------------------------------------------------------------------------

    static String tag() {
        return UniqueTag.next();
    }

    MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder b) {
        return as("admin", b);
    }

    MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder b) {
        return b.with(httpBasic(username, "demo"));
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder b, String body) throws Exception {
        if (body != null) b = b.contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(b).andReturn().getResponse();
    }

    JsonNode created(MockHttpServletRequestBuilder b, String body) throws Exception {
        MockHttpServletResponse r = call(b, body);
        assertThat(r.getStatus())
                .as(r.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(201);
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    JsonNode body(MockHttpServletRequestBuilder b) throws Exception {
        MockHttpServletResponse r = call(b, null);
        assertThat(r.getStatus())
                .as(r.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    byte[] bytes(String username, String url) throws Exception {
        MockHttpServletResponse r =
                mvc.perform(as(username, get(url))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsByteArray();
    }
}
