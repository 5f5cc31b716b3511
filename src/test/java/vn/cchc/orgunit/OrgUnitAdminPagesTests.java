package vn.cchc.orgunit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.CookieSession;
import vn.cchc.IntegrationTest;
import vn.cchc.UniqueTag;

/**
 * The admin's page of one unit (/admin/units/{id}): edit, merger, officials. Each refusal names the field and the
 * rule and leaves the database as it was; fresh units per test keep the shared demo database untouched.
 */
@IntegrationTest
class OrgUnitAdminPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    UnitOfficials officials;

    @Autowired
    JdbcTemplate jdbc;

    CookieSession admin;
    long province;
    long district;
    long commune;

    @BeforeEach
    void freshUnits() throws Exception {
        admin = new CookieSession(mvc);
        assertThat(admin.perform(post("/login")
                                .with(csrf())
                                .param("username", "admin")
                                .param("password", "demo"))
                        .getRedirectedUrl())
                .isEqualTo("/");
        String t = UniqueTag.next();
        province = unit("P" + t, "tỉnh Thử " + t, OrgUnitLevel.PROVINCE, null, LocalDate.of(2020, 1, 1));
        district = unit("D" + t, "huyện Thử " + t, OrgUnitLevel.DISTRICT, province, LocalDate.of(2020, 1, 1));
        commune = unit("C" + t, "xã Thử " + t, OrgUnitLevel.COMMUNE, district, LocalDate.of(2020, 1, 1));
    }

    long unit(String code, String name, OrgUnitLevel level, Long parent, LocalDate from) {
        return orgUnits.createChecked(new NewOrgUnit(code, null, name, null, null, level, from, null, parent))
                .getId();
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder b) throws Exception {
        return admin.perform(b.with(csrf()));
    }

    @Test
    void theAdminRenamesAUnitMovesItUnderTheProvinceFromADateAndEndsIt() throws Exception {
        String page = send(get("/admin/units/" + commune)).getContentAsString(UTF_8);
        assertThat(page).contains("Sửa đơn vị", "Lãnh đạo ký báo cáo", "Ghi sáp nhập vào đơn vị này");
        assertThat(send(get("/admin/units")).getContentAsString(UTF_8)).contains("/admin/units/" + commune);

        MockHttpServletResponse r = send(post("/admin/units/" + commune)
                .param("name", "phường Đổi Tên")
                .param("level", "COMMUNE")
                .param("parentId", String.valueOf(province))
                .param("parentFrom", "2025-07-01")
                .param("validTo", "2030-12-31"));
        assertThat(r.getRedirectedUrl()).isEqualTo("/admin/units/" + commune);
        OrgUnit u = orgUnits.get(commune);
        assertThat(u.getName()).isEqualTo("phường Đổi Tên");
        assertThat(u.getLetterheadName()).isEqualTo("UBND PHƯỜNG ĐỔI TÊN");
        assertThat(u.getValidTo()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(orgUnits.currentParentId(commune, LocalDate.of(2025, 6, 30))).contains(district);
        assertThat(orgUnits.currentParentId(commune, LocalDate.of(2025, 7, 1))).contains(province);
        assertThat(send(get("/admin/units/" + commune)).getContentAsString(UTF_8))
                .contains("Đã lưu đơn vị phường Đổi Tên.");
    }

    /** The kind of office decides who signs: a chairman still in office blocks turning the unit into a division. */
    @Test
    void theKindOfOfficeIsSetOnThePageAndRefusedWhileAChairmanIsInOffice() throws Exception {
        long chairman = officials
                .add(district, "Lê Văn Chủ", OfficialPosition.CHAIRMAN, LocalDate.of(2021, 1, 1), null)
                .getId();
        String before = fingerprint(district);
        MockHttpServletResponse r = send(post("/admin/units/" + district).param("officeKind", "DIVISION"));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString(UTF_8))
                .contains("Loại cơ quan: đơn vị còn 1 người giữ chức vụ không có ở loại "
                        + "cơ quan này — Lê Văn Chủ (Chủ tịch)");
        assertThat(fingerprint(district)).isEqualTo(before);
        assertThat(orgUnits.get(district).getOfficeKind()).isEqualTo(OfficeKind.COMMITTEE);

        officials.end(district, chairman, LocalDate.of(2024, 12, 31));
        assertThat(send(post("/admin/units/" + district).param("officeKind", "DIVISION"))
                        .getRedirectedUrl())
                .isEqualTo("/admin/units/" + district);
        assertThat(orgUnits.get(district).getOfficeKind()).isEqualTo(OfficeKind.DIVISION);
        // the officials form now offers the division's positions only
        String page = send(get("/admin/units/" + district)).getContentAsString(UTF_8);
        assertThat(page).contains("value=\"HEAD\"", "value=\"DEPUTY_HEAD\"").doesNotContain("value=\"CHAIRMAN\"");
    }

    @Test
    void aWrongEditNamesEachFieldAndChangesNothing() throws Exception {
        String before = fingerprint(commune);
        MockHttpServletResponse r = send(post("/admin/units/" + commune)
                .param("name", "Đổi Tên")
                .param("level", "COMMUNE")
                .param("parentId", String.valueOf(province))
                .param("validTo", "2019-12-31"));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString(UTF_8))
                .contains(
                        "Tên đơn vị: phải bắt đầu bằng loại đơn vị",
                        "Hiệu lực đến: phải sau hoặc bằng ngày bắt đầu hiệu lực 01/01/2020.",
                        "Trực thuộc từ ngày: bắt buộc khi đổi đơn vị cấp trên.");
        assertThat(fingerprint(commune)).isEqualTo(before);

        r = send(post("/admin/units/" + commune).param("name", "xã Thử").param("validTo", "31/12/2030"));
        assertThat(r.getContentAsString(UTF_8)).contains("Ngày không hợp lệ");
        assertThat(fingerprint(commune)).isEqualTo(before);
    }

    @Test
    void aMergerEndsThePredecessorsTheDayBeforeAndIsRefusedWhenWrong() throws Exception {
        String t = UniqueTag.next();
        long a = unit("A" + t, "xã Cũ A " + t, OrgUnitLevel.COMMUNE, district, LocalDate.of(2020, 1, 1));
        long b = unit("B" + t, "xã Cũ B " + t, OrgUnitLevel.COMMUNE, district, LocalDate.of(2024, 1, 1));

        String before = fingerprint(a) + fingerprint(b) + successions();
        MockHttpServletResponse r = send(post("/admin/units/" + commune + "/mergers")
                .param("predecessorIds", String.valueOf(a), String.valueOf(b))
                .param("effectiveOn", "2023-07-01"));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString(UTF_8))
                .contains("Ngày hiệu lực: phải sau ngày xã Cũ B " + t + " bắt đầu hiệu lực (01/01/2024).");
        r = send(post("/admin/units/" + commune + "/mergers").param("effectiveOn", ""));
        assertThat(r.getContentAsString(UTF_8))
                .contains("Đơn vị sáp nhập: cần ít nhất một đơn vị.", "Ngày hiệu lực: bắt buộc.");
        r = send(post("/admin/units/" + commune + "/mergers")
                .param("predecessorIds", String.valueOf(commune))
                .param("effectiveOn", "2025-07-01"));
        assertThat(r.getContentAsString(UTF_8)).contains("Đơn vị sáp nhập: không gồm chính đơn vị kế thừa.");
        assertThat(fingerprint(a) + fingerprint(b) + successions()).isEqualTo(before);

        r = send(post("/admin/units/" + commune + "/mergers")
                .param("predecessorIds", String.valueOf(a), String.valueOf(b))
                .param("effectiveOn", "2025-07-01")
                .param("legalBasis", "Nghị quyết số 1/NQ-UBTVQH15"));
        assertThat(r.getRedirectedUrl()).isEqualTo("/admin/units/" + commune);
        assertThat(orgUnits.get(a).getValidTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(orgUnits.get(b).getValidTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(jdbc.queryForObject(
                        "select count(*) from org_unit_succession where successor_id = ? and kind = 'MERGE'",
                        Long.class,
                        commune))
                .isEqualTo(2);
    }

    @Test
    void officialsAreListedAddedAndEndedWithTheServiceRules() throws Exception {
        MockHttpServletResponse r = send(post("/admin/units/" + commune + "/officials")
                .param("fullName", "Nguyễn Văn Chủ")
                .param("position", "CHAIRMAN")
                .param("validFrom", "2021-06-01"));
        assertThat(r.getRedirectedUrl()).isEqualTo("/admin/units/" + commune);
        long chairman = officials.of(commune).get(0).getId();
        assertThat(send(get("/admin/units/" + commune)).getContentAsString(UTF_8))
                .contains("Nguyễn Văn Chủ", "Chủ tịch", "01/06/2021");

        // a second chairman overlapping, a blank name, no position: each named, nothing saved
        r = send(post("/admin/units/" + commune + "/officials")
                .param("fullName", "Trần Thị Hai")
                .param("position", "CHAIRMAN")
                .param("validFrom", "2024-01-01"));
        assertThat(r.getContentAsString(UTF_8)).contains("Từ ngày: đơn vị đã có Chủ tịch trong thời gian này");
        r = send(post("/admin/units/" + commune + "/officials")
                .param("fullName", " ")
                .param("position", "")
                .param("validFrom", "2024-01-01")
                .param("validTo", "2023-01-01"));
        assertThat(r.getContentAsString(UTF_8))
                .contains("Họ và tên: bắt buộc.", "Chức vụ: bắt buộc", "Đến ngày: phải sau hoặc bằng Từ ngày.");
        assertThat(officials.of(commune)).hasSize(1);

        // ending: before the start is refused, then the term ends and the successor can be recorded
        r = send(post("/admin/units/" + commune + "/officials/" + chairman + "/end")
                .param("validTo", "2020-01-01"));
        assertThat(r.getContentAsString(UTF_8)).contains("Đến ngày: phải sau hoặc bằng Từ ngày 01/06/2021.");
        assertThat(officials.get(chairman).getValidTo()).isNull();
        r = send(post("/admin/units/" + commune + "/officials/" + chairman + "/end")
                .param("validTo", "2023-12-31"));
        assertThat(r.getRedirectedUrl()).isEqualTo("/admin/units/" + commune);
        assertThat(officials.get(chairman).getValidTo()).isEqualTo(LocalDate.of(2023, 12, 31));
        r = send(post("/admin/units/" + commune + "/officials")
                .param("fullName", "Trần Thị Hai")
                .param("position", "CHAIRMAN")
                .param("validFrom", "2024-01-01"));
        assertThat(r.getRedirectedUrl()).isEqualTo("/admin/units/" + commune);
        assertThat(officials
                        .chairmanOn(commune, LocalDate.of(2024, 5, 1))
                        .orElseThrow()
                        .getFullName())
                .isEqualTo("Trần Thị Hai");

        // another unit's official through this unit's page: 404, unchanged
        long other = unit("O" + UniqueTag.next(), "xã Khác", OrgUnitLevel.COMMUNE, district, LocalDate.of(2020, 1, 1));
        r = send(post("/admin/units/" + other + "/officials/" + chairman + "/end")
                .param("validTo", "2023-06-30"));
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(officials.get(chairman).getValidTo()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    String fingerprint(long unitId) {
        List<String> rows = jdbc.queryForList(
                "select concat_ws('|', name, letterhead_name, level, valid_to) from org_unit where id = ?",
                String.class,
                unitId);
        rows = new ArrayList<>(rows);
        rows.addAll(jdbc.queryForList(
                "select concat_ws('|', parent_id, valid_from, valid_to) from org_unit_parent "
                        + "where child_id = ? order by id",
                String.class,
                unitId));
        return String.join(";", rows);
    }

    String successions() {
        return String.valueOf(jdbc.queryForObject("select count(*) from org_unit_succession", Long.class));
    }
}
