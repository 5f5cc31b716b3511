package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.procedure.AuthorityLevel;
import vn.cchc.report.Reports;

/** Uploading Biểu 06 spreadsheets: real files built with POI; all rows or none; refused files leave no trace. */
@IntegrationTest
class DossierImportTests {

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
    DossierStatisticsService service;

    long reportId;
    UserDetails clerk;

    @BeforeEach
    void freshReport() {
        RecordsFixture.Commune c = RecordsFixture.commune(orgUnits, accounts);
        reportId = RecordsFixture.report(periods, reports, orgUnits, c.unitId(), 2102);
        clerk = users.loadUserByUsername(c.clerk());
    }

    byte[] template() throws Exception {
        return mvc.perform(
                        get("/reports/" + reportId + "/dossier/template.xlsx").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** The downloaded template with data rows from row 6 on; a String is written as text, a Number as a number. */
    byte[] filled(Object[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            XSSFSheet s = wb.getSheetAt(0);
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(5 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                    else if (v != null) row.createCell(c).setCellValue(v.toString());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    ResultActions upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/reports/" + reportId + "/dossier/import")
                .file(new MockMultipartFile("file", name, XLSX, bytes))
                .param("version", "0")
                .with(csrf())
                .with(user(clerk)));
    }

    void assertNothingSaved() {
        assertThat(jdbc.queryForObject("select count(*) from dossier_row where report_id = ?", Integer.class, reportId))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from dossier_statistics where report_id = ?", Integer.class, reportId))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where entity_type = 'DossierStatistics' and entity_id = ?",
                        Integer.class,
                        reportId))
                .isZero();
    }

    @Test
    void theTemplateHasTheBieu06HeadersAndColumnNumbers() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Số hồ sơ tiếp nhận");
            assertThat(s.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Trực tuyến");
            assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("(1)");
            assertThat(s.getRow(4).getCell(12).getStringCellValue()).isEqualTo("(13)");
            assertThat(s.getMergedRegions()).isNotEmpty();
        }
    }

    @Test
    void aGoodFileReplacesTheRowsInOneGoAndIsAudited() throws Exception {
        upload(
                        "bieu06.xlsx",
                        filled(
                                new Object[] {1, "Liên Mạc", "2.579", 2551, 25, 3, 2576, 2569, 7, 0, 3, 3, 0},
                                new Object[] {2, "Lĩnh vực hộ tịch", 10, null, null, null, 10, 10, 0, 0, 0, null, null
                                }))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reports/" + reportId + "/dossier"));
        var saved = service.rowsForReport(reportId);
        assertThat(saved)
                .containsExactly(
                        DossierRowView.of(
                                "Liên Mạc", DossierGroupKind.UNIT, 2579, 2551, 25, 3, 2576, 2569, 7, 0, 3, 3, 0),
                        DossierRowView.of(
                                "Lĩnh vực hộ tịch",
                                DossierGroupKind.UNIT,
                                10,
                                null,
                                null,
                                null,
                                10,
                                10,
                                0,
                                0,
                                0,
                                null,
                                null));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_entry where entity_type = 'DossierStatistics' and entity_id = ?
                and action = 'IMPORT' and report_id = ?""", Integer.class, reportId, reportId)).isEqualTo(1);
        mvc.perform(get("/reports/" + reportId + "/dossier").with(user(clerk)))
                .andExpect(content().string(containsString("value=\"2.579\"")))
                .andExpect(content().string(containsString("98,91 %"))) // 2.551 / 2.579
                .andExpect(content().string(containsString("100 %"))); // (2.569 + 7) / 2.576
    }

    @Test
    void romanNumeralsMarkLevelRowsAndTheRowsUnderThemAreFields() throws Exception {
        // a roman row naming no authority level stays a typed LEVEL row
        upload("bieu06.xlsx", filled(new Object[] {"I", "Nhóm thủ tục tư pháp", 5, 5, 0, 0}, new Object[] {
                    1, "Hộ tịch", 5, 5, 0, 0
                }))
                .andExpect(status().is3xxRedirection());
        assertThat(service.rowsForReport(reportId))
                .extracting(DossierRowView::groupKind)
                .containsExactly(DossierGroupKind.LEVEL, DossierGroupKind.FIELD);
    }

    @Test
    void aRomanRowNamingAnAuthorityLevelStartsThatLevelItsFiguresAreComputed() throws Exception {
        upload("bieu06.xlsx", filled(new Object[] {"I", "Thẩm quyền cấp xã", 5, 5, 0, 0}, new Object[] {
                    1, "Hộ tịch", 5, 5, 0, 0
                }))
                .andExpect(status().is3xxRedirection());
        assertThat(service.rowsForReport(reportId))
                .extracting(DossierRowView::groupKind, DossierRowView::authorityLevel)
                .containsExactly(Tuple.tuple(DossierGroupKind.FIELD, AuthorityLevel.COMMUNE));
    }

    @Test
    void badCellsAreListedPerRowAndColumnAndNothingIsSaved() throws Exception {
        upload(
                        "bieu06.xlsx",
                        filled(new Object[] {1, "Liên Mạc", 2579, "abc", 25, 3}, new Object[] {2, "Xã khác", -4, 1.5}))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không nhập được tệp: chưa có gì được lưu")))
                .andExpect(content()
                        .string(containsString("Dòng 6, cột D (Trực tuyến): «abc» không phải là số nguyên không âm.")))
                .andExpect(content()
                        .string(containsString(
                                "Dòng 7, cột C (Tổng số tiếp nhận): «-4» không phải là số nguyên không âm.")))
                .andExpect(content()
                        .string(containsString("Dòng 7, cột D (Trực tuyến): «1.5» không phải là số nguyên không âm.")));
        assertNothingSaved();
    }

    @Test
    void brokenRulesInAFileAreListedWithTheSpreadsheetRowAndNothingIsSaved() throws Exception {
        upload("bieu06.xlsx", filled(new Object[] {1, "Liên Mạc", 2579, 2551, 25, 3}, new Object[] {
                    2, "Xã khác", 2580, 2551, 25, 3
                }))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Dòng 7 «Xã khác», cột (3) Tổng số tiếp nhận = 2.580: phải bằng (4) + (5) + (6) = 2.579.")));
        assertNothingSaved();
    }

    @Test
    void aCsvRenamedToXlsxIsRefused() throws Exception {
        upload("bieu06.xlsx", "STT,Tên,Tổng\n1,Liên Mạc,2579\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải là bảng tính Excel .xlsx")));
        assertNothingSaved();
    }

    @Test
    void aPdfIsRefused() throws Exception {
        upload(
                        "bieu06.xlsx",
                        "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải là bảng tính Excel .xlsx")));
        assertNothingSaved();
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        upload("bieu06.xlsx", out.toByteArray())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải là bảng tính Excel .xlsx")));
        assertNothingSaved();
    }

    @Test
    void aFileLargerThanTheLimitIsRefused() throws Exception {
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        upload("bieu06.xlsx", big)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp quá lớn (2,0 MB): tối đa 2,0 MB.")));
        assertNothingSaved();
    }

    @Test
    void aCorruptZipIsRefusedWithoutAnErrorPage() throws Exception {
        byte[] good = filled(new Object[] {1, "Liên Mạc", 5, 5, 0, 0});
        upload("bieu06.xlsx", Arrays.copyOf(good, good.length / 2))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bị hỏng hoặc không đọc được")))
                .andExpect(content().string(not(containsString("Exception"))));
        assertNothingSaved();
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) zip.write(zeros);
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(2 * 1024 * 1024);
        upload("bieu06.xlsx", out.toByteArray())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nghi ngờ «bom nén»")));
        assertNothingSaved();
    }

    @Test
    void moreThanTwoHundredRowsAreRefused() throws Exception {
        Object[][] rows = new Object[5001][];
        for (int i = 0; i < rows.length; i++) rows[i] = new Object[] {i + 1, "Dòng " + i, 1, 1, 0, 0};
        upload("bieu06.xlsx", filled(rows))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp có 5.001 dòng số liệu, vượt quá giới hạn 200 dòng.")));
        assertNothingSaved();
    }

    @Test
    void aFrozenReportRefusesAnImport() throws Exception {
        RecordsFixture.freeze(jdbc, reportId);
        upload("bieu06.xlsx", filled(new Object[] {1, "Liên Mạc", 5, 5, 0, 0})).andExpect(status().isConflict());
        assertNothingSaved();
    }
}
