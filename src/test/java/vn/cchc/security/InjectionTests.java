package vn.cchc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.account.CurrentUser;
import vn.cchc.account.NewAccount;
import vn.cchc.account.Role;
import vn.cchc.dossier.DossierGroupKind;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierStatisticsService;
import vn.cchc.indicator.IndicatorValues;
import vn.cchc.indicator.ValueInput;
import vn.cchc.narrative.AssignedTasks;
import vn.cchc.narrative.Narratives;
import vn.cchc.narrative.SectionText;
import vn.cchc.narrative.TaskInput;
import vn.cchc.orgunit.NewOrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.report.ReportHeader;
import vn.cchc.report.Reports;

/**
 * Markup and spreadsheet formulas typed into any text field stay text: escaped on every page, literal in the
 * DOCX and the PDF, a plain text cell (never a formula) in the consolidated XLSX.
 */
@IntegrationTest
class InjectionTests {

    static final String SCRIPT = "<script>alert(1)</script><b>x</b>";
    static final String FORMULA = "=HYPERLINK(\"http://evil\",\"x\")";
    static final String TEXT = FORMULA + " " + SCRIPT;
    static final int YEAR = 2097;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    Narratives narratives;

    @Autowired
    IndicatorValues indicators;

    @Autowired
    AssignedTasks tasks;

    @Autowired
    DossierStatisticsService dossier;

    long districtId;
    long reportId;
    CurrentUser clerk;
    String office;

    @BeforeEach
    void aReportFullOfMarkup() throws Exception {
        String n = String.valueOf(System.nanoTime());
        districtId = orgUnits.create(new NewOrgUnit(
                        "TEST_XSS_D_" + n,
                        null,
                        "huyện Thử XSS " + n,
                        "UBND HUYỆN THỬ XSS",
                        "Thử",
                        OrgUnitLevel.DISTRICT,
                        LocalDate.of(2000, 1, 1),
                        null,
                        null))
                .getId();
        // the commune's name itself starts with a formula: it is the unit column of the consolidated table
        long unitId = orgUnits.create(new NewOrgUnit(
                        "TEST_XSS_C_" + n,
                        null,
                        FORMULA + " " + n,
                        "UBND XÃ " + SCRIPT,
                        "Thử",
                        OrgUnitLevel.COMMUNE,
                        LocalDate.of(2000, 1, 1),
                        null,
                        districtId))
                .getId();
        accounts.create(new NewAccount("xss-clerk-" + n, "demo-pass-1", "Thư ký " + SCRIPT, Role.CLERK, unitId, false));
        office = "xss-office-" + n;
        accounts.create(new NewAccount(office, "demo-pass-1", "Phòng Nội vụ thử", Role.REVIEWER, districtId, false));
        clerk = (CurrentUser) users.loadUserByUsername("xss-clerk-" + n);
        long periodId = periods.create(new NewPeriod(
                        districtId,
                        PeriodKind.YEAR,
                        "năm " + YEAR + " " + SCRIPT,
                        YEAR,
                        LocalDate.of(YEAR - 1, 12, 10),
                        LocalDate.of(YEAR, 12, 9),
                        LocalDate.of(YEAR, 12, 15)))
                .getId();
        reportId = reports.createEmpty(unitId, periodId).getId();

        // a document through its page form
        mvc.perform(post("/reports/" + reportId + "/documents")
                        .with(user(clerk))
                        .with(csrf())
                        .param("issuerKind", "OWN")
                        .param("issuerName", "UBND xã Thử")
                        .param("docType", "KH")
                        .param("numberSymbol", "01/KH-UBND")
                        .param("issuedOn", "02/02/" + YEAR)
                        .param("summary", TEXT)
                        .param("sections", "I")
                        .param("attach", "true"))
                .andExpect(status().is3xxRedirection());
        // the other records through their services
        Long version = narratives.sections(clerk, reportId).stream()
                .filter(s -> s.sectionCode().equals("I"))
                .findFirst()
                .map(SectionText::version)
                .orElse(null);
        narratives.save(clerk, reportId, List.of(new SectionText("I", TEXT, version)));
        indicators.saveAll(clerk, reportId, List.of(new ValueInput("SATISFACTION_LEVEL", TEXT, null, null, null)));
        tasks.create(clerk, reportId, new TaskInput(null, "UBND huyện", null, TEXT, null, "IN_PROGRESS", null));
        dossier.replace(
                clerk,
                reportId,
                0,
                List.of(DossierRowView.of(TEXT, DossierGroupKind.UNIT, 5, 5, 0, 0, 5, 5, 0, 0, 0, 0, 0)));
        long lock = reports.get(clerk, reportId).getLockVersion();
        reports.updateHeader(
                clerk,
                reportId,
                new ReportHeader(
                        "01/BC-UBND",
                        LocalDate.of(YEAR, 12, 10),
                        List.of("Kết quả CCHC"),
                        "TM. ỦY BAN NHÂN DÂN XÃ",
                        "CHỦ TỊCH",
                        TEXT,
                        List.of("- Như trên;")));
        assertThat(reports.get(clerk, reportId).getLockVersion()).isGreaterThan(lock);
    }

    @Test
    void everyPageShowsTheMarkupAsText() throws Exception {
        List<String> pages = new ArrayList<>();
        for (String tab : List.of(
                "",
                "/documents",
                "/narrative",
                "/tasks",
                "/dossier",
                "/indicators",
                "/header",
                "/preview",
                "/checks",
                "/workflow")) {
            pages.add("/reports/" + reportId + tab);
        }
        pages.add("/");
        for (String page : pages) {
            String html = mvc.perform(get(page).with(user(clerk)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html)
                    .as(page)
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("<script>alert(1)")
                    .doesNotContain("<b>x</b>");
        }
        // each field where its own page shows it
        assertEscapedOn(
                "/reports/" + reportId + "/documents",
                "/reports/" + reportId + "/narrative",
                "/reports/" + reportId + "/tasks",
                "/reports/" + reportId + "/dossier",
                "/reports/" + reportId + "/indicators",
                "/reports/" + reportId + "/header");
        String preview = mvc.perform(get("/reports/" + reportId + "/preview").with(user(clerk)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // the signer, the narrative, the task, the indicator and the document summary all reach the preview
        assertThat(count(preview, "&lt;script&gt;alert(1)")).isGreaterThanOrEqualTo(4);
    }

    private void assertEscapedOn(String... pages) throws Exception {
        for (String page : pages) {
            String html = mvc.perform(get(page).with(user(clerk)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            // the period title gives one escaped copy on every report page; the page's own field gives another
            assertThat(count(html, "&lt;script&gt;alert(1)")).as(page).isGreaterThanOrEqualTo(2);
            assertThat(html).as(page).contains("HYPERLINK(&quot;http://evil&quot;");
        }
    }

    @Test
    void theOfficesPagesShowTheMarkupAsText() throws Exception {
        var principal = users.loadUserByUsername(office);
        for (String page : List.of("/consolidation", "/consolidation/table?includeDrafts=true", "/")) {
            String html = mvc.perform(get(page).with(user(principal)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(page).doesNotContain("<script>alert(1)").doesNotContain("<b>x</b>");
        }
    }

    @Test
    void theDocxAndThePdfCarryTheMarkupAsLiteralText() throws Exception {
        byte[] docx = mvc.perform(get("/reports/" + reportId + "/document.docx").with(user(clerk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String docxText;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            docxText = x.getText();
        }
        assertThat(count(squeeze(docxText), squeeze("<script>alert(1)</script>")))
                .isGreaterThanOrEqualTo(4);
        assertThat(docxText).contains("=HYPERLINK(\"http://evil\"").doesNotContain("&lt;");

        byte[] pdf = mvc.perform(get("/reports/" + reportId + "/document.pdf").with(user(clerk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String pdfText;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            pdfText = new PDFTextStripper().getText(d);
        }
        assertThat(count(squeeze(pdfText), squeeze("<script>alert(1)</script>")))
                .isGreaterThanOrEqualTo(4);
        assertThat(pdfText).doesNotContain("&lt;");
    }

    @Test
    void theConsolidatedXlsxHoldsTheFormulaAsAPlainTextCell() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/consolidations/dossier-statistics.xlsx?parentId=" + districtId + "&year="
                                + YEAR + "&includeDrafts=true")
                        .with(httpBasic(office, "demo-pass-1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        int textCells = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA) {
                        assertThat(c.getCellFormula())
                                .as(c.getAddress().toString())
                                .doesNotContainIgnoringCase("HYPERLINK")
                                .doesNotContain("evil");
                    } else if (c.getCellType() == CellType.STRING
                            && c.getStringCellValue().contains("HYPERLINK")) {
                        textCells++;
                        String v = c.getStringCellValue();
                        assertThat(v.startsWith("'=") || v.startsWith("=")).isTrue();
                    }
                }
            }
        }
        assertThat(textCells).as("the unit's name is in the table, as text").isGreaterThanOrEqualTo(1);
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) n++;
        return n;
    }
}
