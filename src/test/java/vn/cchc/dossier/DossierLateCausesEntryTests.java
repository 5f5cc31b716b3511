package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.rendering.support.RenderedText;
import vn.cchc.report.Reports;

/**
 * Causes of lateness typed on the Biểu 06 page and imported from the spreadsheet (issue 13). «Phường Tân An»
 * resolved 15 late and has 3 overdue: its causes may explain at most 18. Figures made up in the shape of public
 * ward reports (not Liên Mạc's).
 */
@IntegrationTest
class DossierLateCausesEntryTests {

    static final String[] FIGURES = {"860", "700", "150", "10", "840", "600", "225", "15", "20", "17", "3"};

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
    UserDetails clerk;

    @BeforeEach
    void freshReport() {
        RecordsFixture.Commune c = RecordsFixture.commune(orgUnits, accounts);
        reportId = RecordsFixture.report(periods, reports, orgUnits, c.unitId(), 2113);
        clerk = users.loadUserByUsername(c.clerk());
    }

    /** A page save of the one row with these cause lines, each {reason, count, note}. */
    MockHttpServletRequestBuilder save(String[]... causes) {
        return save(0, causes);
    }

    MockHttpServletRequestBuilder save(long version, String[]... causes) {
        MockHttpServletRequestBuilder b = post("/reports/" + reportId + "/dossier")
                .with(csrf())
                .with(user(clerk))
                .param("version", String.valueOf(version))
                .param("action", "save")
                .param("rows[0].label", "Phường Tân An")
                .param("rows[0].groupKind", "UNIT");
        for (int i = 0; i < FIGURES.length; i++) b.param("rows[0].values[" + i + "]", FIGURES[i]);
        for (int k = 0; k < causes.length; k++) {
            b.param("rows[0].lateCauses[" + k + "].reason", causes[k][0])
                    .param("rows[0].lateCauses[" + k + "].count", causes[k][1])
                    .param("rows[0].lateCauses[" + k + "].note", causes[k][2]);
        }
        return b;
    }

    @Test
    void causesTypedOnThePageAreSavedShownForEditingAndPrinted() throws Exception {
        mvc.perform(save(
                        new String[] {"COORDINATION", "9", ""},
                        new String[] {"OTHER", "6", "đất chưa đo đạc"},
                        new String[] {"", "", ""})) // the blank line the page offers is not a cause
                .andExpect(status().is3xxRedirection());
        assertThat(service.rowsForReport(reportId).get(0).lateCauses())
                .containsExactly(
                        new LateCause(LateCause.Reason.COORDINATION, 9, null),
                        new LateCause(LateCause.Reason.OTHER, 6, "đất chưa đo đạc"));
        String page = mvc.perform(get("/reports/" + reportId + "/dossier").with(user(clerk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Nguyên nhân quá hạn (2)")
                .contains("name=\"rows[0].lateCauses[1].note\" value=\"đất chưa đo đạc\"")
                .contains("name=\"rows[0].lateCauses[2].reason\"") // one blank line to add a third
                .contains(
                        "<option value=\"COORDINATION\" selected=\"selected\">Chờ phối hợp, liên thông với cơ quan khác</option>");
        String sentence = "Nguyên nhân quá hạn: Phường Tân An: 9 hồ sơ chờ phối hợp, liên thông với cơ quan khác, "
                + "6 hồ sơ khác (đất chưa đo đạc).";
        mvc.perform(get("/reports/" + reportId + "/preview").with(user(clerk)))
                .andExpect(content().string(containsString(sentence)));
        byte[] docx = mvc.perform(get("/reports/" + reportId + "/document.docx").with(user(clerk)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] pdf = mvc.perform(get("/reports/" + reportId + "/document.pdf").with(user(clerk)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(RenderedText.docx(docx)).contains(sentence);
        assertThat(RenderedText.pdf(pdf).replaceAll("\\s+", " ")).contains(sentence);
        // emptying a line removes that cause
        mvc.perform(save(1, new String[] {"", "", ""}, new String[] {"OTHER", "6", "đất chưa đo đạc"}))
                .andExpect(status().is3xxRedirection());
        assertThat(service.rowsForReport(reportId).get(0).lateCauses())
                .containsExactly(new LateCause(LateCause.Reason.OTHER, 6, "đất chưa đo đạc"));
    }

    @Test
    void causesBeyondTheLateCountABadCountOrOtherWithoutNoteAreShownAndNothingIsSaved() throws Exception {
        mvc.perform(save(new String[] {"SUPPLEMENT", "12", ""}, new String[] {"VERIFICATION", "9", ""}))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Dòng 1 «Phường Tân An»: các nguyên nhân quá hạn cộng lại 21 hồ sơ, "
                                + "nhiều hơn số hồ sơ quá hạn (10) + (13) = 18.")))
                // the lines come back as typed, for correcting
                .andExpect(content().string(containsString("name=\"rows[0].lateCauses[1].count\" value=\"9\"")));
        mvc.perform(save(new String[] {"SUPPLEMENT", "3,5", ""}, new String[] {"OTHER", "2", ""}))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Dòng 1 «Phường Tân An», nguyên nhân quá hạn thứ 1: số hồ sơ phải là số nguyên lớn hơn 0.")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Dòng 1 «Phường Tân An», nguyên nhân quá hạn thứ 2: lý do «Khác» phải ghi rõ nội dung.")));
        mvc.perform(save(new String[] {"", "4", ""}))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nguyên nhân quá hạn thứ 1: phải chọn lý do.")));
        assertThat(service.rowsForReport(reportId)).isEmpty();
    }

    byte[] template() throws Exception {
        return mvc.perform(
                        get("/reports/" + reportId + "/dossier/template.xlsx").with(user(clerk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** The template with the data row «Phường Tân An» from row 6 and {reason, count, note} per row from N. */
    byte[] filled(String[]... causeRows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            XSSFSheet s = wb.getSheetAt(0);
            Row data = s.createRow(5);
            data.createCell(0).setCellValue(1);
            data.createCell(1).setCellValue("Phường Tân An");
            for (int i = 0; i < FIGURES.length; i++) data.createCell(2 + i).setCellValue(Integer.parseInt(FIGURES[i]));
            for (int k = 0; k < causeRows.length; k++) {
                Row r = k == 0 ? data : s.createRow(5 + k);
                for (int c = 0; c < 3; c++)
                    if (!causeRows[k][c].isEmpty()) r.createCell(13 + c).setCellValue(causeRows[k][c]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    RequestBuilder upload(byte[] bytes) {
        return multipart("/reports/" + reportId + "/dossier/import")
                .file(new MockMultipartFile("file", "bieu06.xlsx", DossierImportTests.XLSX, bytes))
                .param("version", "0")
                .with(csrf())
                .with(user(clerk));
    }

    @Test
    void theTemplateOffersReasonColumnsWithTheShortList() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(1).getCell(13).getStringCellValue()).startsWith("Nguyên nhân quá hạn");
            assertThat(s.getRow(2).getCell(14).getStringCellValue()).isEqualTo("Số hồ sơ");
            assertThat(s.getDataValidations()).hasSize(1);
            XSSFSheet list = wb.getSheet("LyDo");
            assertThat(wb.isSheetHidden(wb.getSheetIndex(list))).isTrue();
            assertThat(list.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Khác");
        }
    }

    @Test
    void causesImportFromColumnsNToPOnTheRowAndTheRowsUnderIt() throws Exception {
        mvc.perform(upload(filled(
                        new String[] {"Phải bổ sung, hoàn thiện hồ sơ", "7", ""},
                        new String[] {"lỗi hệ thống, phần mềm", "5", ""},
                        new String[] {"Khác", "2", "người dân chưa đến nhận"})))
                .andExpect(status().is3xxRedirection());
        assertThat(service.rowsForReport(reportId).get(0).lateCauses())
                .containsExactly(
                        new LateCause(LateCause.Reason.SUPPLEMENT, 7, null),
                        new LateCause(LateCause.Reason.SYSTEM, 5, null),
                        new LateCause(LateCause.Reason.OTHER, 2, "người dân chưa đến nhận"));
    }

    @Test
    void aBadReasonABadCountOrTooManyLateDossiersImportNothing() throws Exception {
        mvc.perform(upload(filled(new String[] {"Mưa bão", "7", ""}, new String[] {"Khác", "bảy", "x"})))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Dòng 6, cột N (Lý do quá hạn): «Mưa bão» không có trong danh sách")))
                .andExpect(content()
                        .string(containsString(
                                "Dòng 7, cột O (Số hồ sơ quá hạn): «bảy» không phải là số nguyên lớn hơn 0.")));
        mvc.perform(upload(filled(new String[] {"Thiếu cán bộ, quá tải", "10", ""}, new String[] {"SYSTEM", "9", ""})))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Dòng 6 «Phường Tân An»: các nguyên nhân quá hạn cộng lại 19 hồ sơ, "
                                + "nhiều hơn số hồ sơ quá hạn (10) + (13) = 18.")));
        assertThat(service.rowsForReport(reportId)).isEmpty();
    }
}
