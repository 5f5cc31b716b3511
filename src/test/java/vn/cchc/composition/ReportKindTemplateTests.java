package vn.cchc.composition;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.CookieSession;
import vn.cchc.IntegrationTest;
import vn.cchc.UniqueTag;
import vn.cchc.orgunit.NewOrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.ReportKind;
import vn.cchc.period.ReportKinds;
import vn.cchc.rendering.DocxReportRenderer;

/**
 * Each report kind prints with its own Word template: the KSTTHC report with bao-cao-kiem-soat-tthc.docx, a kind
 * without one with the default CCHC template, a kind whose template the administrator uploaded with that upload.
 * Uploads are checked (a real DOCX with the placeholders a report needs); a refused one changes nothing.
 */
@IntegrationTest
class ReportKindTemplateTests {

    private static final String KSTTHC_TITLE = "Mẫu báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính";
    private static final String CCHC_TITLE = "Mẫu báo cáo cải cách hành chính";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    ReportKinds kinds;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aKsttReportsDocxComesFromItsOwnTemplateAndACchcReportFromTheDefault() throws Exception {
        long kstthc = kinds.all().stream()
                .filter(k -> k.getCode().equals("KSTTHC"))
                .findFirst()
                .orElseThrow()
                .getId();
        Unit u = unit();
        XWPFDocument docx = docxOf(report(u, kstthc, "quý III năm 2025", "2025-07-01", "2025-09-30"));
        assertThat(docx.getProperties().getCoreProperties().getTitle()).startsWith(KSTTHC_TITLE);
        String text = new XWPFWordExtractor(docx).getText();
        // an empty KSTTHC report leaves its sections out (OMIT); its summary line is the kind's
        assertThat(text).contains("Tình hình, kết quả thực hiện kiểm soát thủ tục hành chính", "UBND XÃ MẪU");

        XWPFDocument cchc = docxOf(report(u, null, "quý IV năm 2025", "2025-10-01", "2025-12-31"));
        assertThat(cchc.getProperties().getCoreProperties().getTitle()).startsWith(CCHC_TITLE);
        assertThat(new XWPFWordExtractor(cchc).getText()).contains("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH");
    }

    /** «an admin can add a kind without code»: on the page and over the API, with the same refusals. */
    @Test
    void theAdministratorAddsAKindFromItsOutlineOnThePageAndOverTheApi() throws Exception {
        String code = "TEST_" + UniqueTag.next();
        CookieSession admin = new CookieSession(mvc);
        admin.perform(post("/login").with(csrf()).param("username", "admin").param("password", "demo"));
        assertThat(admin.perform(get("/admin/report-kinds")).getContentAsString(UTF_8))
                .contains("Thêm loại báo cáo");

        MockHttpServletResponse refused = admin.perform(post("/admin/report-kinds")
                .with(csrf())
                .param("code", "x")
                .param("name", "")
                .param("summaryLine", "Kết quả")
                .param("outline", "1|I.|KẾT QUẢ")
                .param("emptySection", "NOTE"));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString(UTF_8))
                .contains("Mã loại báo cáo: 2–40 ký tự", "Tên loại báo cáo: bắt buộc.");
        assertThat(jdbc.queryForObject("select count(*) from report_kind where code = 'x'", Integer.class))
                .isZero();

        MockHttpServletResponse added = admin.perform(post("/admin/report-kinds")
                .with(csrf())
                .param("code", code)
                .param("name", "Báo cáo công tác dân vận chính quyền")
                .param("summaryLine", "Kết quả công tác dân vận chính quyền")
                .param("outline", "1|I.|KẾT QUẢ THỰC HIỆN|I\n1|II.|NHIỆM VỤ {NEXT}|IV")
                .param("emptySection", "OMIT"));
        assertThat(added.getRedirectedUrl()).isEqualTo("/admin/report-kinds");
        ReportKind kind = kinds.all().stream()
                .filter(k -> k.getCode().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(kind.getName()).isEqualTo("Báo cáo công tác dân vận chính quyền");
        assertThat(kind.getEmptySection()).isEqualTo("OMIT");
        assertThat(admin.perform(get("/admin/report-kinds")).getContentAsString(UTF_8))
                .contains("Đã thêm loại báo cáo Báo cáo công tác dân vận chính quyền (mã " + code + ").");

        String json = """
                {"code":"%s","name":"Báo cáo thi đua","summaryLine":"Kết quả thi đua","outline":"1|I.|KẾT QUẢ|I"}""";
        assertThat(mvc.perform(post("/api/v1/report-kinds")
                                .with(httpBasic("admin", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.formatted(code + "2")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(201);
        MockHttpServletResponse twice = mvc.perform(post("/api/v1/report-kinds")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.formatted(code + "2")))
                .andReturn()
                .getResponse();
        assertThat(twice.getStatus()).isEqualTo(422);
        assertThat(twice.getContentAsString(UTF_8)).contains("Mã loại báo cáo: đã có loại dùng mã này.");
        assertThat(mvc.perform(post("/api/v1/report-kinds")
                                .with(httpBasic("thanhha-noivu", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.formatted(code + "3")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theAdministratorUploadsAKindsTemplateAndItsReportsPrintWithIt() throws Exception {
        String tag = UniqueTag.next();
        ReportKind kind = kinds.add("K" + tag, "Báo cáo thử " + tag, "Kết quả thử", "1|I.|KẾT QUẢ THỬ|I", "NOTE");
        byte[] standard = DocxReportRenderer.readTemplate("templates-docx/bao-cao-cchc.docx");

        // refusals: not a DOCX, a DOCX without the number, an unknown placeholder, no file — each named, nothing kept
        assertThat(upload(kind.getId(), "a.docx", "không phải docx".getBytes(UTF_8)))
                .contains("không phải tài liệu Word .docx");
        assertThat(upload(kind.getId(), "a.docx", rewrite(standard, "${numberSymbol}", "Số: ....")))
                .contains("Mẫu Word: thiếu các chỗ điền ${numberSymbol}");
        assertThat(upload(kind.getId(), "a.docx", rewrite(standard, "${numberSymbol}", "${soHieu}")))
                .contains("Mẫu Word: không dùng được làm mẫu báo cáo");
        assertThat(mvc.perform(multipart("/api/v1/report-kinds/" + kind.getId() + "/template")
                                .with(httpBasic("admin", "demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(UTF_8))
                .contains("Mẫu Word: hãy chọn tệp .docx.");
        assertThat(kinds.uploadedTemplate(kind.getId())).isEmpty();
        assertThat(mvc.perform(multipart("/api/v1/report-kinds/" + kind.getId() + "/template")
                                .file(new MockMultipartFile("file", "a.docx", null, standard))
                                .with(httpBasic("thanhha-noivu", "demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        // the page refuses the same way and names the rule
        CookieSession admin = new CookieSession(mvc);
        admin.perform(post("/login").with(csrf()).param("username", "admin").param("password", "demo"));
        MockHttpServletResponse page = admin.perform(multipart("/admin/report-kinds/" + kind.getId() + "/template")
                .file(new MockMultipartFile("file", "a.docx", null, "x".getBytes(UTF_8)))
                .with(csrf()));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(UTF_8)).contains("Mẫu Word: tệp không phải tài liệu Word .docx");
        assertThat(kinds.uploadedTemplate(kind.getId())).isEmpty();

        // a kind without its own template prints with the default one
        Unit u = unit();
        assertThat(docxOf(report(u, kind.getId(), "quý III năm 2025", "2025-07-01", "2025-09-30"))
                        .getProperties()
                        .getCoreProperties()
                        .getTitle())
                .startsWith(CCHC_TITLE);

        // the upload on the page: from now on the kind's reports print with it
        byte[] own = rewrite(standard, CCHC_TITLE, "Mẫu riêng " + tag);
        page = admin.perform(multipart("/admin/report-kinds/" + kind.getId() + "/template")
                .file(new MockMultipartFile("file", "mau-rieng.docx", null, own))
                .with(csrf()));
        assertThat(page.getRedirectedUrl()).isEqualTo("/admin/report-kinds");
        assertThat(admin.perform(get("/admin/report-kinds")).getContentAsString(UTF_8))
                .contains("mau-rieng.docx");
        assertThat(docxOf(report(u, kind.getId(), "quý IV năm 2025", "2025-10-01", "2025-12-31"))
                        .getProperties()
                        .getCoreProperties()
                        .getTitle())
                .isEqualTo("Mẫu riêng " + tag + " (Nghị định 30/2020/NĐ-CP)");
        assertThat(admin.perform(get("/admin/report-kinds/" + kind.getId() + "/template.docx"))
                        .getContentAsByteArray())
                .isEqualTo(own);
    }

    record Unit(long province, long commune) {}

    Unit unit() {
        String t = UniqueTag.next();
        long p = orgUnits.createChecked(new NewOrgUnit(
                        "P" + t,
                        null,
                        "tỉnh Mẫu " + t,
                        null,
                        null,
                        OrgUnitLevel.PROVINCE,
                        LocalDate.of(2020, 1, 1),
                        null,
                        null))
                .getId();
        long c = orgUnits.createChecked(new NewOrgUnit(
                        "C" + t,
                        null,
                        "xã Mẫu " + t,
                        null,
                        null,
                        OrgUnitLevel.COMMUNE,
                        LocalDate.of(2020, 1, 1),
                        null,
                        p))
                .getId();
        return new Unit(p, c);
    }

    /** Opens a period of the kind for the province (which creates the commune's report) and returns the report. */
    long report(Unit u, Long kindId, String title, String from, String to) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/api/v1/periods")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"scheduleUnitId": %d, "kind": "QUARTER", "title": "%s", "year": 2025, "windowStart": "%s",
                         "windowEnd": "%s", "deadline": "%s", "reportKindId": %s}""".formatted(
                                u.province(), title, from, to, to, kindId == null ? "null" : kindId.toString())))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString(UTF_8)).isEqualTo(201);
        return jdbc.queryForObject(
                "select r.id from report r join reporting_period p on p.id = r.period_id "
                        + "where r.org_unit_id = ? and p.title = ?",
                Long.class,
                u.commune(),
                title);
    }

    XWPFDocument docxOf(long report) throws Exception {
        MockHttpServletResponse r = mvc.perform(
                        get("/api/v1/reports/" + report + "/document.docx").with(httpBasic("admin", "demo")))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return new XWPFDocument(new ByteArrayInputStream(r.getContentAsByteArray()));
    }

    String upload(long kindId, String name, byte[] bytes) throws Exception {
        MockHttpServletResponse r = mvc.perform(multipart("/api/v1/report-kinds/" + kindId + "/template")
                        .file(new MockMultipartFile("file", name, null, bytes))
                        .with(httpBasic("admin", "demo")))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).isEqualTo(422);
        return r.getContentAsString(UTF_8);
    }

    /** The DOCX with one text replaced in its document and core properties. */
    static byte[] rewrite(byte[] docx, String from, String to) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("word/document.xml") || e.getName().equals("docProps/core.xml")) {
                    data = new String(data, UTF_8).replace(from, to).getBytes(UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
