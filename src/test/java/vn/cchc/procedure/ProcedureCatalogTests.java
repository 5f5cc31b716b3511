package vn.cchc.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.account.CurrentUser;
import vn.cchc.dossier.RecordsFixture;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ValidationFailedException;

@IntegrationTest
class ProcedureCatalogTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
    JdbcTemplate jdbc;

    @Autowired
    ProcedureCatalog catalog;

    long reportId;
    CurrentUser clerk;

    @BeforeEach
    void freshReport() {
        RecordsFixture.Commune c = RecordsFixture.commune(orgUnits, accounts);
        reportId = RecordsFixture.report(periods, reports, orgUnits, c.unitId(), 2104);
        clerk = (CurrentUser) users.loadUserByUsername(c.clerk());
    }

    byte[] file(String[]... rows) throws Exception {
        byte[] template = mvc.perform(get("/reports/" + reportId + "/procedures/template.xlsx")
                        .with(user(clerk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Cấp thẩm quyền");
            assertThat(s.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Tên TTHC");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(3 + r);
                for (int c = 0; c < rows[r].length; c++)
                    if (rows[r][c] != null) row.createCell(c).setCellValue(rows[r][c]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    ResultActions upload(byte[] bytes) throws Exception {
        return mvc.perform(multipart("/reports/" + reportId + "/procedures/import")
                .file(new MockMultipartFile("file", "tthc.xlsx", XLSX, bytes))
                .with(csrf())
                .with(user(clerk)));
    }

    @Test
    void countsAreSavedWithVersionsAndAStaleVersionIsRefused() {
        catalog.saveCounts(
                clerk,
                reportId,
                List.of(
                        LevelCounts.input(AuthorityLevel.COMMUNE, 33, 122, 0),
                        LevelCounts.input(AuthorityLevel.DISTRICT, 3, 16, 0)));
        assertThat(catalog.summaryForReport(reportId))
                .containsExactly(
                        new ProcedureLevelView(AuthorityLevel.COMMUNE, 33, 122),
                        new ProcedureLevelView(AuthorityLevel.DISTRICT, 3, 16));
        assertThatThrownBy(() -> catalog.saveCounts(
                        clerk, reportId, List.of(LevelCounts.input(AuthorityLevel.COMMUNE, 34, 123, 0))))
                .isInstanceOf(ConflictException.class);
        long v = catalog.get(clerk, reportId).levels().get(0).version();
        catalog.saveCounts(clerk, reportId, List.of(LevelCounts.input(AuthorityLevel.COMMUNE, 34, 123, v)));
        assertThat(catalog.summaryForReport(reportId).get(0))
                .isEqualTo(new ProcedureLevelView(AuthorityLevel.COMMUNE, 34, 123));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where entity_type = 'ProcedureCatalog' and entity_id = ?",
                        Integer.class,
                        reportId))
                .isEqualTo(2);
    }

    @Test
    void countsAreValidated() {
        assertThatThrownBy(() -> catalog.saveCounts(
                        clerk,
                        reportId,
                        List.of(
                                LevelCounts.input(AuthorityLevel.COMMUNE, -1, 5, 0),
                                LevelCounts.input(AuthorityLevel.DISTRICT, 3, null, 0),
                                LevelCounts.input(AuthorityLevel.PROVINCE, 30, 25, 0))))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        new FieldViolation(
                                                "levels[0].fields",
                                                "Thẩm quyền cấp xã, số lĩnh vực = -1: phải là số không âm."),
                                        new FieldViolation(
                                                "levels[1].procedures",
                                                "Thẩm quyền UBND huyện, tiếp nhận tại xã: nhập cả số lĩnh vực và số thủ tục, hoặc để trống cả hai."),
                                        new FieldViolation(
                                                "levels[2].fields",
                                                "Thẩm quyền UBND tỉnh, tiếp nhận tại xã: số lĩnh vực (30) không được lớn hơn số thủ tục (25), vì mỗi lĩnh vực có ít nhất một thủ tục.")));
        assertThat(catalog.summaryForReport(reportId)).isEmpty();
    }

    @Test
    void anImportSetsTheCountsFromTheDetailsAndCountsMustThenMatchThem() throws Exception {
        upload(file(
                        new String[] {"Thẩm quyền cấp xã", "Hộ tịch", "1.001193", "Đăng ký khai sinh"},
                        new String[] {"cấp xã", "Hộ tịch", "1.001022", "Đăng ký kết hôn"},
                        new String[] {"COMMUNE", "Chứng thực", null, "Chứng thực bản sao từ bản chính"},
                        new String[] {"UBND tỉnh, tiếp nhận tại xã", "Đất đai", "1.000001", "Đăng ký biến động"}))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.summaryForReport(reportId))
                .containsExactly(
                        new ProcedureLevelView(AuthorityLevel.COMMUNE, 2, 3),
                        new ProcedureLevelView(AuthorityLevel.PROVINCE, 1, 1));
        assertThat(catalog.get(clerk, reportId).entries()).hasSize(4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where entity_type = 'ProcedureCatalog' and entity_id = ? and action = 'IMPORT'",
                        Integer.class,
                        reportId))
                .isEqualTo(1);
        long v = catalog.get(clerk, reportId).levels().get(0).version();
        mvc.perform(post("/reports/" + reportId + "/procedures")
                        .with(csrf())
                        .with(user(clerk))
                        .param("levels[0].level", "COMMUNE")
                        .param("levels[0].version", String.valueOf(v))
                        .param("levels[0].fields", "33")
                        .param("levels[0].procedures", "122"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Thẩm quyền cấp xã, số thủ tục = 122: phải bằng số thủ tục trong danh mục chi tiết đã nhập = 3.")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Thẩm quyền cấp xã, số lĩnh vực = 33: phải bằng số lĩnh vực trong danh mục chi tiết đã nhập = 2.")));
        assertThat(catalog.summaryForReport(reportId).get(0))
                .isEqualTo(new ProcedureLevelView(AuthorityLevel.COMMUNE, 2, 3));
    }

    @Test
    void badRowsInAnImportAreListedAndNothingIsSaved() throws Exception {
        upload(file(
                        new String[] {"Cấp thôn", "Hộ tịch", "1.001193", "Đăng ký khai sinh"},
                        new String[] {"cấp xã", "", "1.001022", "Đăng ký kết hôn"},
                        new String[] {"cấp xã", "Hộ tịch", "1.001022", "Đăng ký kết hôn lần hai"}))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Dòng 4, cột A (Cấp thẩm quyền): «Cấp thôn» không phải là cấp thẩm quyền")))
                .andExpect(content().string(containsString("Dòng 5, cột B (Lĩnh vực): bắt buộc.")))
                .andExpect(content()
                        .string(containsString(
                                "Dòng 6, cột C (Mã TTHC): mã «1.001022» trùng với dòng 5 cùng cấp thẩm quyền.")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from procedure_catalog_entry where report_id = ?", Integer.class, reportId))
                .isZero();
        assertThat(catalog.summaryForReport(reportId)).isEmpty();
    }

    @Test
    void theApiReadsAndChangesTheCountsWithVersions() throws Exception {
        String url = "/api/v1/reports/" + reportId + "/procedure-catalog";
        mvc.perform(get(url).with(httpBasic(clerk.getUsername(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.levels[0].level").value("COMMUNE"))
                .andExpect(jsonPath("$.levels[0].fields").value(nullValue()))
                .andExpect(jsonPath("$.levels[0].version").value(0));
        mvc.perform(
                        put(url).with(httpBasic(clerk.getUsername(), "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"levels\": [{\"level\": \"COMMUNE\", \"fields\": 33, \"procedures\": 122, \"version\": 0}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.levels[0].procedures").value(122))
                .andExpect(jsonPath("$.levels[0].version").value(1));
        mvc.perform(
                        put(url).with(httpBasic(clerk.getUsername(), "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"levels\": [{\"level\": \"COMMUNE\", \"fields\": 34, \"procedures\": 122, \"version\": 0}]}"))
                .andExpect(status().isConflict());
        mvc.perform(
                        put(url).with(httpBasic(clerk.getUsername(), "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"levels\": [{\"level\": \"COMMUNE\", \"fields\": 200, \"procedures\": 122, \"version\": 1}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("levels[0].fields"));
        assertThat(catalog.summaryForReport(reportId))
                .containsExactly(new ProcedureLevelView(AuthorityLevel.COMMUNE, 33, 122));
        mvc.perform(get(url).with(httpBasic("thanhhong-clerk", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void aCsvRenamedToXlsxIsRefused() throws Exception {
        upload("Cấp thẩm quyền,Lĩnh vực\ncấp xã,Hộ tịch\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải là bảng tính Excel .xlsx")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from procedure_catalog_entry where report_id = ?", Integer.class, reportId))
                .isZero();
    }

    @Test
    void thePageShowsTheFourLevelsAndRejectsTextThatIsNotACount() throws Exception {
        mvc.perform(get("/reports/" + reportId + "/procedures").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thẩm quyền cấp xã")))
                .andExpect(content().string(containsString("Thẩm quyền cơ quan Trung ương ngành dọc")));
        mvc.perform(post("/reports/" + reportId + "/procedures")
                        .with(csrf())
                        .with(user(clerk))
                        .param("levels[0].level", "COMMUNE")
                        .param("levels[0].version", "0")
                        .param("levels[0].fields", "ba")
                        .param("levels[0].procedures", "122"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Thẩm quyền cấp xã, số lĩnh vực: «ba» không phải là số nguyên không âm.")));
        assertThat(catalog.summaryForReport(reportId)).isEmpty();
        mvc.perform(get("/reports/" + reportId + "/procedures").with(user(users.loadUserByUsername("thanhhong-clerk"))))
                .andExpect(status().isNotFound());
    }
}
