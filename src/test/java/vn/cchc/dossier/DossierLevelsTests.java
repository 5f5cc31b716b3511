package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.indicator.Qualifier;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.procedure.AuthorityLevel;
import vn.cchc.rendering.support.RenderedText;
import vn.cchc.report.Reports;

/**
 * Biểu 06 by authority level with computed sub-totals (issue 13). A commune receiving procedures of three levels;
 * figures made up in the shape of public commune reports (not Liên Mạc's). The province's one field reports
 * «trước hạn và đúng hạn» combined, so the total is combined too: (9) = 1.300 + 310 + 30 + 77 + 12 = 1.729.
 */
@IntegrationTest
class DossierLevelsTests {

    static final String ROWS = """
            {"label": "Hộ tịch", "groupKind": "FIELD", "authorityLevel": "COMMUNE", "receivedTotal": 420, "receivedOnline": 400,
             "receivedDirect": 18, "receivedCarriedOver": 2, "resolvedTotal": 415, "resolvedEarly": 300, "resolvedOnTime": 110,
             "resolvedLate": 5, "pendingTotal": 5, "pendingOnTime": 4, "pendingOverdue": 1},
            {"label": "Chứng thực", "groupKind": "FIELD", "authorityLevel": "COMMUNE", "receivedTotal": 1200, "receivedOnline": 1150,
             "receivedDirect": 50, "receivedCarriedOver": 0, "resolvedTotal": 1200, "resolvedEarly": 1000, "resolvedOnTime": 200,
             "resolvedLate": 0, "pendingTotal": 0, "pendingOnTime": 0, "pendingOverdue": 0},
            {"label": "Đất đai", "groupKind": "FIELD", "authorityLevel": "DISTRICT", "receivedTotal": 96, "receivedOnline": 60,
             "receivedDirect": 30, "receivedCarriedOver": 6, "resolvedTotal": 80, "resolvedEarly": 20, "resolvedOnTime": 52,
             "resolvedLate": 8, "pendingTotal": 16, "pendingOnTime": 12, "pendingOverdue": 4},
            {"label": "Thành lập hộ kinh doanh", "groupKind": "FIELD", "authorityLevel": "DISTRICT", "receivedTotal": 35,
             "receivedOnline": 35, "receivedDirect": 0, "receivedCarriedOver": 0, "resolvedTotal": 35, "resolvedEarly": 10,
             "resolvedOnTime": 25, "resolvedLate": 0, "pendingTotal": 0, "pendingOnTime": 0, "pendingOverdue": 0},
            {"label": "Lý lịch tư pháp", "groupKind": "FIELD", "authorityLevel": "%s", "receivedTotal": 12, "receivedOnline": 12,
             "receivedDirect": 0, "receivedCarriedOver": 0, "resolvedTotal": 12, "resolvedEarlyAndOnTime": 12,
             "resolvedLate": 0, "pendingTotal": 0, "pendingOnTime": 0, "pendingOverdue": 0}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Accounts accounts;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    UserDetailsService users;

    @Autowired
    DossierStatisticsService service;

    long reportId;
    RecordsFixture.Commune commune;

    @BeforeEach
    void freshReport() {
        commune = RecordsFixture.commune(orgUnits, accounts);
        reportId = RecordsFixture.report(periods, reports, orgUnits, commune.unitId(), 2114);
    }

    ResultActions putRows(String rows) throws Exception {
        return mvc.perform(put("/api/v1/reports/" + reportId + "/dossier-statistics")
                .with(httpBasic(commune.clerk(), "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"rows\": [" + rows + "]}"));
    }

    @Test
    void levelsAreStoredAndPrintedWithComputedSubTotalsInDocxPdfAndPreview() throws Exception {
        putRows(ROWS.formatted("PROVINCE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].authorityLevel").value("COMMUNE"))
                .andExpect(jsonPath("$.rows[4].authorityLevel").value("PROVINCE"));
        assertThat(service.rowsForReport(reportId))
                .extracting(DossierRowView::authorityLevel)
                .containsExactly(
                        AuthorityLevel.COMMUNE,
                        AuthorityLevel.COMMUNE,
                        AuthorityLevel.DISTRICT,
                        AuthorityLevel.DISTRICT,
                        AuthorityLevel.PROVINCE);
        UserDetails clerk = users.loadUserByUsername(commune.clerk());
        byte[] docx = mvc.perform(get("/reports/" + reportId + "/document.docx").with(user(clerk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = RenderedText.fold(RenderedText.docx(docx));
        assertThat(text)
                .contains("Tổng số 1.763 1.657 98 8 1.742 1.729 13 21 16 5 "
                        + "I Thẩm quyền cấp xã 1.620 1.550 68 2 1.615 1.300 310 5 5 4 1 "
                        + "1 Hộ tịch 420 400 18 2 415 300 110 5 5 4 1 "
                        + "2 Chứng thực 1.200 1.150 50 0 1.200 1.000 200 0 0 0 0 "
                        + "II Thẩm quyền UBND huyện, tiếp nhận tại xã 131 95 30 6 115 30 77 8 16 12 4 "
                        + "1 Đất đai 96 60 30 6 80 20 52 8 16 12 4 "
                        + "2 Thành lập hộ kinh doanh 35 35 0 0 35 10 25 0 0 0 0 "
                        + "III Thẩm quyền UBND tỉnh, tiếp nhận tại xã 12 12 0 0 12 12 0 0 0 0 "
                        + "1 Lý lịch tư pháp 12 12 0 0 12 12 0 0 0 0");
        // total and sub-total lines are bold, as the official form prints them; the rows under them are not
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            Map<String, Boolean> bold = new HashMap<>();
            doc.getTables()
                    .forEach(t -> t.getRows().forEach(r -> {
                        if (r.getTableCells().size() < 3) return;
                        var runs = r.getCell(1).getParagraphs().get(0).getRuns();
                        if (!runs.isEmpty())
                            bold.put(r.getCell(1).getText(), runs.get(0).isBold());
                    }));
            assertThat(bold)
                    .containsEntry("Tổng số", true)
                    .containsEntry("Thẩm quyền cấp xã", true)
                    .containsEntry("Hộ tịch", false)
                    .containsEntry("Lý lịch tư pháp", false);
        }
        mvc.perform(get("/reports/" + reportId + "/preview").with(user(clerk)))
                .andExpect(content()
                        .string(containsString("<td><strong>I</strong></td><td class=\"l\"><strong>Thẩm quyền cấp xã"
                                + "</strong></td><td><strong>1.620</strong></td><td><strong>1.550</strong></td>")))
                .andExpect(content()
                        .string(containsString(
                                "<td class=\"l\"><strong>Tổng số</strong></td><td><strong>1.763</strong></td>")))
                .andExpect(content().string(containsString("<td class=\"l\">Hộ tịch</td><td>420</td>")));
        byte[] pdf = mvc.perform(get("/reports/" + reportId + "/document.pdf").with(user(clerk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(RenderedText.fold(RenderedText.pdf(pdf)))
                .contains("Thẩm quyền cấp xã")
                .contains("1.763")
                .contains("1.729");
        assertThat(pdfFontOf(pdf, "1.620")).as("a sub-total's figure").contains("Bold");
        assertThat(pdfFontOf(pdf, "1.763")).as("the total's figure").contains("Bold");
        assertThat(pdfFontOf(pdf, "420")).as("a row's figure").isNotEmpty().doesNotContain("Bold");
        // the page shows the level of each row and the computed lines
        mvc.perform(get("/reports/" + reportId + "/dossier").with(user(clerk)))
                .andExpect(content().string(containsString("<option value=\"DISTRICT\" selected=\"selected\">")))
                .andExpect(content().string(containsString("Tổng hợp theo cấp thẩm quyền")))
                .andExpect(content().string(containsString(">1.620</td>")));
    }

    @Test
    void aRowWithoutLevelInAGroupedTableATypedLevelRowOrAnUnknownLevelAre422() throws Exception {
        putRows(ROWS.formatted("PROVINCE").replaceFirst("\"authorityLevel\": \"DISTRICT\", ", ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("rows[2].authorityLevel"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Dòng 3 «Đất đai»: chưa chọn cấp thẩm quyền. Khi biểu chia "
                                + "theo cấp, mọi dòng phải thuộc một cấp (tổng phụ từng cấp được tự tính)."));
        putRows(ROWS.formatted("PROVINCE").replaceFirst("\"groupKind\": \"FIELD\"", "\"groupKind\": \"LEVEL\""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].groupKind"));
        putRows(ROWS.formatted("WARD"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message", containsString("«WARD» không phải là cấp thẩm quyền")));
        assertThat(service.rowsForReport(reportId)).isEmpty();
    }

    byte[] file(Object[]... rows) throws Exception {
        UserDetails clerk = users.loadUserByUsername(commune.clerk());
        byte[] template = mvc.perform(
                        get("/reports/" + reportId + "/dossier/template.xlsx").with(user(clerk)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var s = wb.getSheetAt(0);
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(5 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                    else if (rows[r][c] != null) row.createCell(c).setCellValue(rows[r][c].toString());
                }
            }
            var out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    ResultActions upload(byte[] bytes) throws Exception {
        UserDetails clerk = users.loadUserByUsername(commune.clerk());
        return mvc.perform(MockMvcRequestBuilders.multipart("/reports/" + reportId + "/dossier/import")
                .file(new MockMultipartFile("file", "bieu06.xlsx", DossierImportTests.XLSX, bytes))
                .param("version", "0")
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .with(user(clerk)));
    }

    @Test
    void aFileWithLevelLinesGivesItsRowsTheirLevelAndTypedSubTotalsMustMatch() throws Exception {
        Object[][] rows = {
            {null, "Tổng số", 1651},
            {"I", "Thẩm quyền cấp xã", 1620, 1550, 68, 2},
            {1, "Hộ tịch", 420, 400, 18, 2, 415, 300, 110, 5, 5, 4, 1},
            {2, "Chứng thực", 1200, 1150, 50, 0, 1200, 1000, 200, 0, 0, 0, 0},
            {"II", "Thẩm quyền UBND huyện, tiếp nhận tại xã", 141},
            {1, "Đất đai", 96, 60, 30, 6, 80, 20, 52, 8, 16, 12, 4}
        };
        upload(file(rows))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Dòng 10 «Thẩm quyền UBND huyện, tiếp nhận tại xã», cột (3) "
                                + "Tổng số tiếp nhận: ghi 141 nhưng các dòng thuộc dòng này cộng lại 96")));
        assertThat(service.rowsForReport(reportId)).isEmpty();
        rows[4][2] = 96;
        rows[0][2] = 1716;
        upload(file(rows)).andExpect(status().is3xxRedirection());
        assertThat(service.rowsForReport(reportId))
                .extracting(DossierRowView::label, DossierRowView::authorityLevel)
                .containsExactly(
                        Tuple.tuple("Hộ tịch", AuthorityLevel.COMMUNE),
                        Tuple.tuple("Chứng thực", AuthorityLevel.COMMUNE),
                        Tuple.tuple("Đất đai", AuthorityLevel.DISTRICT));
    }

    @Test
    void aSubTotalIsUnknownWhereARowIsBlankAndAnEstimateWhereARowIsOne() {
        DossierRowView a = DossierRowView.of("A", DossierGroupKind.FIELD, 100, 90, 10, 0, 95, 50, 40, 5, 5, 5, 0)
                .withAuthorityLevel(AuthorityLevel.COMMUNE)
                .withQualifiers(Map.of(DossierColumn.RECEIVED_ONLINE, Qualifier.APPROX));
        DossierRowView b = DossierRowView.of("B", DossierGroupKind.FIELD, 20, 20, 0, 0, 20, null, 20, 0, 0, 0, 0)
                .withAuthorityLevel(AuthorityLevel.COMMUNE);
        DossierRowView sub = DossierLevels.subtotals(List.of(a, b)).get(AuthorityLevel.COMMUNE);
        assertThat(sub.receivedTotal()).isEqualTo(120);
        assertThat(sub.resolvedEarly()).isNull();
        assertThat(DossierCells.printed(sub, DossierColumn.RECEIVED_ONLINE)).isEqualTo("gần 110");
        assertThat(DossierLevels.lines(List.of(a.withAuthorityLevel(null))))
                .extracting(DossierLevels.Line::kind)
                .containsExactly(DossierLevels.LineKind.ROW); // not grouped: the table as before
    }

    /** The font of the first piece of PDF text that is exactly {@code text} (a table cell's figure). */
    static String pdfFontOf(byte[] pdf, String text) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder font = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String line, List<TextPosition> positions) throws IOException {
                    if (font.isEmpty()
                            && Normalizer.normalize(line, Normalizer.Form.NFC)
                                    .strip()
                                    .equals(text)) {
                        font.append(positions.get(0).getFont().getName());
                    }
                    super.writeString(line, positions);
                }
            };
            stripper.getText(doc);
            return font.toString();
        }
    }
}
