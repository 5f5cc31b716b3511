package vn.cchc.orgunit;

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
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.CookieSession;
import vn.cchc.IntegrationTest;
import vn.cchc.UniqueTag;

/**
 * A province's units from one XLSX, built here with POI: all at once, or nothing with every broken row named.
 * Each test uses its own codes, so the shared demo database only grows by the units it imports.
 */
@IntegrationTest
class OrgUnitImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aProvinceWithAHundredCommunesIsImportedInOneGo() throws Exception {
        String t = UniqueTag.next();
        byte[] file = workbook(book -> {
            Sheet s = book.createSheet("Đơn vị");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            header(s, 0);
            row(s, 1, "T" + t, "tỉnh Thử Nghiệm " + t, "Tỉnh/Thành phố", "", "01/07/2025");
            for (int i = 1; i <= 100; i++) {
                Row r = row(
                        s,
                        1 + i,
                        "T" + t + "_" + i,
                        (i % 3 == 0 ? "phường Số " : "xã Số ") + i,
                        "Xã/Phường/Thị trấn",
                        "T" + t,
                        "");
                // half the dates as Excel date cells, half typed as text
                if (i % 2 == 0) {
                    r.getCell(4).setCellValue(LocalDate.of(2025, 7, 1));
                    r.getCell(4).setCellStyle(dateStyle);
                } else {
                    r.getCell(4).setCellValue("01/07/2025");
                }
            }
        });
        long before = units();
        MockHttpServletResponse r = mvc.perform(multipart("/api/v1/org-units/import")
                        .file(new MockMultipartFile("file", "tinh.xlsx", null, file))
                        .with(httpBasic("admin", "demo")))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString(UTF_8)).isEqualTo(201);
        JsonNode body = json.readTree(r.getContentAsString(UTF_8));
        assertThat(body.size()).isEqualTo(101);
        assertThat(units()).isEqualTo(before + 101);

        OrgUnit province = orgUnits.byCode("T" + t).orElseThrow();
        assertThat(province.getLevel()).isEqualTo(OrgUnitLevel.PROVINCE);
        assertThat(orgUnits.descendantsOn(province.getId(), LocalDate.of(2025, 7, 1)))
                .hasSize(100);
        OrgUnit ward = orgUnits.byCode("T" + t + "_3").orElseThrow();
        assertThat(ward.getLetterheadName()).isEqualTo("UBND PHƯỜNG SỐ 3");
        assertThat(ward.getPlaceName()).isEqualTo("Số 3");
        assertThat(ward.getValidFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(orgUnits.byCode("T" + t + "_100").orElseThrow().getValidFrom())
                .isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(orgUnits.currentParentId(ward.getId(), LocalDate.of(2025, 7, 1)))
                .contains(province.getId());
    }

    @Test
    void aFileWithTwoBadRowsIsRefusedNamingBothAndNothingIsSaved() throws Exception {
        String t = UniqueTag.next();
        byte[] file = workbook(book -> {
            Sheet s = book.createSheet("Đơn vị");
            s.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐƠN VỊ");
            header(s, 2);
            row(s, 3, "H" + t, "huyện Đúng " + t, "Huyện", "HAI_DUONG", "01/01/2020");
            row(s, 4, "G" + t + "_1", "xã Đúng Một", "Xã", "H" + t, "01/01/2020");
            row(s, 5, "G" + t + "_2", "Sai Tên", "Xã", "H" + t, "01/01/2020");
            row(s, 6, "G" + t + "_3", "xã Đúng Ba", "Xã", "KHONG_CO_" + t, "31/02/2020");
        });
        long before = units();
        MockHttpServletResponse r = mvc.perform(multipart("/api/v1/org-units/import")
                        .file(new MockMultipartFile("file", "tinh.xlsx", null, file))
                        .with(httpBasic("admin", "demo")))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).isEqualTo(422);
        String text = r.getContentAsString(UTF_8);
        assertThat(text)
                .contains(
                        "Dòng 6: Tên đơn vị: phải bắt đầu bằng loại đơn vị",
                        "\"field\":\"B6\"",
                        "Dòng 7: Hiệu lực từ: «31/02/2020» không phải một ngày",
                        "Dòng 7: Mã đơn vị cấp trên: không có đơn vị mã «KHONG_CO_" + t
                                + "» trong hệ thống hay trong tệp.");
        assertThat(text).doesNotContain("Dòng 4:", "Dòng 5:");
        assertThat(units()).isEqualTo(before);
        assertThat(orgUnits.byCode("H" + t)).isEmpty();

        // the page says the same, lists both rows, and saves nothing
        CookieSession admin = admin();
        MockHttpServletResponse page = admin.perform(multipart("/admin/units/import")
                .file(new MockMultipartFile("file", "tinh.xlsx", null, file))
                .with(csrf()));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(UTF_8))
                .contains("Không nhập đơn vị nào", "Dòng 6: Tên đơn vị", "Dòng 7: Mã đơn vị cấp trên");
        assertThat(units()).isEqualTo(before);
        // not an admin: 403, nothing saved
        assertThat(mvc.perform(multipart("/api/v1/org-units/import")
                                .file(new MockMultipartFile("file", "tinh.xlsx", null, file))
                                .with(httpBasic("thanhha-noivu", "demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        // no file, not an XLSX: named refusals
        assertThat(mvc.perform(multipart("/api/v1/org-units/import").with(httpBasic("admin", "demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(UTF_8))
                .contains("Hãy chọn tệp .xlsx để nhập.");
        assertThat(admin.perform(multipart("/admin/units/import")
                                .file(new MockMultipartFile("file", "a.xlsx", null, "mã,tên".getBytes(UTF_8)))
                                .with(csrf()))
                        .getContentAsString(UTF_8))
                .contains("không phải là bảng tính Excel .xlsx");
    }

    @Test
    void theTemplateFilledInOnThePageImportsItsRows() throws Exception {
        CookieSession admin = admin();
        assertThat(admin.perform(get("/admin/units")).getContentAsString(UTF_8)).contains("/admin/units/import");
        assertThat(admin.perform(get("/admin/units/import")).getContentAsString(UTF_8))
                .contains("Nhập đơn vị từ Excel");
        MockHttpServletResponse template = admin.perform(get("/admin/units/import/template.xlsx"));
        assertThat(template.getContentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String t = UniqueTag.next();
        byte[] filled;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.getContentAsByteArray()))) {
            Sheet s = book.getSheetAt(0);
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
            row(s, 3, "K" + t, "thành phố Mẫu " + t, "Tỉnh/Thành phố", "", "01/07/2025");
            Row w = row(s, 4, "K" + t + "_W", "phường Mẫu", "Xã/Phường/Thị trấn", "K" + t, "01/07/2025");
            w.createCell(6).setCellValue("UBND PHƯỜNG MẪU (TP)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            filled = out.toByteArray();
        }
        MockHttpServletResponse r = admin.perform(multipart("/admin/units/import")
                .file(new MockMultipartFile("file", "mau.xlsx", null, filled))
                .with(csrf()));
        assertThat(r.getRedirectedUrl()).isEqualTo("/admin/units");
        assertThat(admin.perform(get("/admin/units")).getContentAsString(UTF_8)).contains("Đã nhập 2 đơn vị.");
        assertThat(orgUnits.byCode("K" + t + "_W").orElseThrow().getLetterheadName())
                .isEqualTo("UBND PHƯỜNG MẪU (TP)");
    }

    CookieSession admin() throws Exception {
        CookieSession s = new CookieSession(mvc);
        assertThat(s.perform(post("/login")
                                .with(csrf())
                                .param("username", "admin")
                                .param("password", "demo"))
                        .getRedirectedUrl())
                .isEqualTo("/");
        return s;
    }

    long units() {
        return jdbc.queryForObject("select count(*) from org_unit", Long.class);
    }

    static void header(Sheet s, int at) {
        Row h = s.createRow(at);
        String[] cols = {"Mã đơn vị", "Tên đơn vị", "Cấp", "Mã đơn vị cấp trên", "Hiệu lực từ"};
        for (int c = 0; c < cols.length; c++) h.createCell(c).setCellValue(cols[c]);
    }

    static Row row(Sheet s, int at, String... cells) {
        Row r = s.createRow(at);
        for (int c = 0; c < cells.length; c++) r.createCell(c).setCellValue(cells[c]);
        return r;
    }

    interface Filler {
        void fill(XSSFWorkbook book);
    }

    static byte[] workbook(Filler filler) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(book);
            book.write(out);
            return out.toByteArray();
        }
    }
}
