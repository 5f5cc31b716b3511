package vn.cchc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.IntegrationTest;
import vn.cchc.UniqueTag;

/**
 * Accounts administration (issues #12, #15) over the API and the pages, and issue #10 item 5: an account that must
 * change its password gets 403 from every API call until it has.
 */
@IntegrationTest
class AccountAdministrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserDetailsService users;

    MockHttpServletResponse perform(MockHttpServletRequestBuilder b) throws Exception {
        return mvc.perform(b).andReturn().getResponse();
    }

    static String body(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String content) {
        return b.contentType(MediaType.APPLICATION_JSON).content(content);
    }

    @Test
    void theAdministratorCreatesAnAccountOverTheApiAndItMustChangeItsPasswordBeforeAnyOtherCall() throws Exception {
        String name = "api-clerk-" + UniqueTag.next().toLowerCase();
        MockHttpServletResponse created = perform(
                json(post("/api/v1/accounts").with(httpBasic("admin", "demo")), """
                {"username":"%s","password":"tam-thoi-2025","fullName":"Nguyễn Thị Thử","role":"REVIEWER",
                 "orgUnitId":%d,"mustChangePassword":true}""".formatted(name, unit("THANH_HA"))));
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(body(created))
                .contains("\"username\":\"" + name + "\"")
                .contains("\"role\":\"REVIEWER\"")
                .containsPattern("\"id\":\\d+")
                .doesNotContain("tam-thoi-2025")
                .doesNotContain("passwordHash");

        // every API call is 403 (Vietnamese problem+json), Basic and token alike, until the password is changed
        MockHttpServletResponse blocked =
                perform(get("/api/v1/reports?year=2023").with(httpBasic(name, "tam-thoi-2025")));
        assertThat(blocked.getStatus()).isEqualTo(403);
        assertThat(blocked.getContentType()).startsWith("application/problem+json");
        assertThat(body(blocked)).contains("mật khẩu tạm");
        long id = accounts.byUsername(name).orElseThrow().getId();
        String token = tokens.create(id, "trước khi đổi", null).token();
        assertThat(perform(get("/api/v1/org-units").header("Authorization", "Bearer " + token))
                        .getStatus())
                .isEqualTo(403);
        long report = jdbc.queryForObject(
                "select r.id from report r join org_unit u on u.id = r.org_unit_id "
                        + "where u.code = 'LIEN_MAC' order by r.id limit 1",
                Long.class);
        assertThat(perform(post("/api/v1/reports/" + report + "/accept").with(httpBasic(name, "tam-thoi-2025")))
                        .getStatus())
                .isEqualTo(403);

        // a weak new password is refused with the rule; a good one lifts the block
        MockHttpServletResponse weak = perform(json(
                post("/api/v1/account/password").with(httpBasic(name, "tam-thoi-2025")),
                "{\"currentPassword\":\"tam-thoi-2025\",\"newPassword\":\"12345678\"}"));
        assertThat(weak.getStatus()).isEqualTo(422);
        assertThat(body(weak)).contains("\"field\":\"newPassword\"").contains("ít nhất 10 ký tự");
        assertThat(perform(json(
                                post("/api/v1/account/password").with(httpBasic(name, "tam-thoi-2025")),
                                "{\"currentPassword\":\"tam-thoi-2025\",\"newPassword\":\"mat-khau-cua-toi\"}"))
                        .getStatus())
                .isEqualTo(200);
        assertThat(perform(get("/api/v1/reports?year=2023").with(httpBasic(name, "mat-khau-cua-toi")))
                        .getStatus())
                .isEqualTo(200);
        assertThat(perform(get("/api/v1/org-units").header("Authorization", "Bearer " + token))
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void badInputIsAVietnamese422NamingTheFieldAndSavesNothing() throws Exception {
        int before = jdbc.queryForObject("select count(*) from user_account", Integer.class);
        MockHttpServletResponse r = perform(json(post("/api/v1/accounts").with(httpBasic("admin", "demo")), """
                {"username":"Có Dấu","password":"12345678","fullName":"","role":"BOSS","orgUnitId":null}"""));
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(body(r))
                .contains("\"field\":\"username\"")
                .contains("\"field\":\"fullName\"")
                .contains("\"field\":\"role\"")
                .contains("CLERK, CHAIRMAN, REVIEWER, ADMIN");
        MockHttpServletResponse weak = perform(
                json(post("/api/v1/accounts").with(httpBasic("admin", "demo")), """
                {"username":"weak-pass-x","password":"1234567890","fullName":"A","role":"CLERK","orgUnitId":%d}""".formatted(unit("LIEN_MAC"))));
        assertThat(weak.getStatus()).isEqualTo(422);
        assertThat(body(weak)).contains("\"field\":\"password\"").contains("quá phổ biến");
        MockHttpServletResponse noUnit = perform(json(post("/api/v1/accounts").with(httpBasic("admin", "demo")), """
                {"username":"no-unit-x","password":"mot-mat-khau-dai","fullName":"A","role":"CHAIRMAN","orgUnitId":999999}"""));
        assertThat(body(noUnit)).contains("\"field\":\"orgUnitId\"");
        // not the administrator: 403
        assertThat(perform(json(post("/api/v1/accounts").with(httpBasic("thanhha-noivu", "demo")), """
                {"username":"intruder-x","password":"mot-mat-khau-dai","fullName":"A","role":"ADMIN"}"""))
                        .getStatus())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void editDeactivateAndResetOverTheApi() throws Exception {
        String name = "edit-me-" + UniqueTag.next().toLowerCase();
        long id = accounts.create(
                        new NewAccount(name, "mat-khau-ban-dau", "Tên cũ", Role.CLERK, unit("LIEN_MAC"), false))
                .getId();
        MockHttpServletResponse edited = perform(json(
                put("/api/v1/accounts/" + id).with(httpBasic("admin", "demo")),
                "{\"fullName\":\"Tên mới\",\"role\":\"CHAIRMAN\",\"orgUnitId\":%d}".formatted(unit("THANH_HONG"))));
        assertThat(edited.getStatus()).isEqualTo(200);
        UserAccount a = accounts.get(id);
        assertThat(a.getFullName()).isEqualTo("Tên mới");
        assertThat(a.getRole()).isEqualTo(Role.CHAIRMAN);
        assertThat(a.getOrgUnitId()).isEqualTo(unit("THANH_HONG"));

        assertThat(perform(post("/api/v1/accounts/" + id + "/deactivate").with(httpBasic("admin", "demo")))
                        .getStatus())
                .isEqualTo(200);
        assertThat(perform(get("/api/v1/org-units").with(httpBasic(name, "mat-khau-ban-dau")))
                        .getStatus())
                .isEqualTo(401);
        assertThat(perform(post("/api/v1/accounts/" + id + "/activate").with(httpBasic("admin", "demo")))
                        .getStatus())
                .isEqualTo(200);

        MockHttpServletResponse reset = perform(json(
                post("/api/v1/accounts/" + id + "/reset-password").with(httpBasic("admin", "demo")),
                "{\"temporaryPassword\":\"tam-thoi-moi-1\"}"));
        assertThat(reset.getStatus()).isEqualTo(200);
        assertThat(body(reset)).contains("\"mustChangePassword\":true");
        assertThat(perform(get("/api/v1/org-units").with(httpBasic(name, "mat-khau-ban-dau")))
                        .getStatus())
                .isEqualTo(401);
        assertThat(perform(get("/api/v1/org-units").with(httpBasic(name, "tam-thoi-moi-1")))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theAdminPagesEditDeactivateAndResetAnAccount() throws Exception {
        var admin = users.loadUserByUsername("admin");
        String name = "page-edit-" + UniqueTag.next().toLowerCase();
        long id = accounts.create(
                        new NewAccount(name, "mat-khau-ban-dau", "Tên cũ", Role.CLERK, unit("LIEN_MAC"), false))
                .getId();
        String form = body(perform(get("/admin/accounts/" + id).with(user(admin))));
        assertThat(form)
                .containsPattern("value=\"T(ê|&ecirc;)n cũ\"")
                .contains("Vô hiệu hóa")
                .contains("Đặt mật khẩu tạm");
        long version = accounts.get(id).getVersion();
        assertThat(perform(post("/admin/accounts/" + id)
                                .with(user(admin))
                                .with(csrf())
                                .param("fullName", "Tên trên trang")
                                .param("role", "CHAIRMAN")
                                .param("orgUnitId", String.valueOf(unit("LIEN_MAC")))
                                .param("version", String.valueOf(version)))
                        .getRedirectedUrl())
                .isEqualTo("/admin/accounts/" + id);
        assertThat(accounts.get(id).getFullName()).isEqualTo("Tên trên trang");
        // a role that needs a unit without one: the field and the rule, nothing saved
        String refused = body(perform(post("/admin/accounts/" + id)
                .with(user(admin))
                .with(csrf())
                .param("fullName", "X")
                .param("role", "CLERK")
                .param("orgUnitId", "")
                .param("version", String.valueOf(accounts.get(id).getVersion()))));
        assertThat(refused).contains("Đơn vị: bắt buộc với vai trò này.");
        assertThat(accounts.get(id).getFullName()).isEqualTo("Tên trên trang");

        perform(post("/admin/accounts/" + id + "/reset-password")
                .with(user(admin))
                .with(csrf())
                .param("temporaryPassword", "12345678"));
        assertThat(accounts.get(id).isMustChangePassword()).isFalse(); // refused: too short and too common
        perform(post("/admin/accounts/" + id + "/reset-password")
                .with(user(admin))
                .with(csrf())
                .param("temporaryPassword", "tam-thoi-trang-1"));
        assertThat(accounts.get(id).isMustChangePassword()).isTrue();
        perform(post("/admin/accounts/" + id + "/deactivate").with(user(admin)).with(csrf()));
        assertThat(accounts.get(id).isEnabled()).isFalse();
        assertThat(body(perform(get("/admin/accounts").with(user(admin))))).contains("Đã vô hiệu hóa");
    }
}
