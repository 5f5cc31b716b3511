package vn.cchc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.CookieSession;
import vn.cchc.IntegrationTest;
import vn.cchc.UniqueTag;

/**
 * Issue #10 item 8 (sign-in and web parts): the password policy, the limit on guessing the current password in the
 * change form, other sessions ending with a password change, the OpenAPI description behind a login and naming its
 * server without the Host header, relative redirects, the cookie and listening defaults.
 */
@IntegrationTest
class PasswordAndSessionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Environment env;

    String newAccount() {
        String name = "pw-" + UniqueTag.next().toLowerCase();
        accounts.create(new NewAccount(
                name,
                "mat-khau-ban-dau",
                "Thử mật khẩu",
                Role.CLERK,
                accounts.byUsername("lienmac-clerk").orElseThrow().getOrgUnitId(),
                false));
        return name;
    }

    CookieSession login(String name, String password) throws Exception {
        CookieSession session = new CookieSession(mvc);
        MockHttpServletResponse r = session.perform(
                post("/login").with(csrf()).param("username", name).param("password", password));
        assertThat(r.getRedirectedUrl()).isEqualTo("/");
        return session;
    }

    String change(CookieSession s, String current, String next) throws Exception {
        return s.perform(post("/account/password")
                        .with(csrf())
                        .param("currentPassword", current)
                        .param("newPassword", next)
                        .param("confirmPassword", next))
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void commonAndShortPasswordsAreRefusedWithTheRule() throws Exception {
        String name = newAccount();
        CookieSession s = login(name, "mat-khau-ban-dau");
        assertThat(change(s, "mat-khau-ban-dau", "12345678")).contains("Mật khẩu mới: phải có ít nhất 10 ký tự.");
        assertThat(change(s, "mat-khau-ban-dau", "1234567890")).contains("Mật khẩu mới: quá phổ biến");
        assertThat(change(s, "mat-khau-ban-dau", "MatKhau123")).contains("quá phổ biến");
        assertThat(change(s, "mat-khau-ban-dau", "aaaaaaaaaaaa")).contains("không được chỉ lặp lại một ký tự");
        assertThat(change(s, "mat-khau-ban-dau", name + "-2025")).contains("không được chứa tên đăng nhập");
        assertThat(accounts.byUsername(name).orElseThrow().getPasswordHash()).isNotNull();
        assertThat(PasswordPolicy.check("p", "Mật khẩu", "mot cau dai de nho", "x"))
                .isEmpty();
    }

    @Test
    void theCurrentPasswordCannotBeGuessedWithoutLimitInTheChangeForm() throws Exception {
        String name = newAccount();
        CookieSession s = login(name, "mat-khau-ban-dau");
        for (int i = 0; i < 5; i++)
            assertThat(change(s, "doan-" + i, "mat-khau-moi-dai")).contains("Mật khẩu hiện tại:");
        // now even the right current password is refused, and the page says until when
        assertThat(change(s, "mat-khau-ban-dau", "mat-khau-moi-dai"))
                .containsPattern(
                        "Mật khẩu hiện tại: tài khoản đang bị tạm khóa trên máy này đến \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(accounts.lockedUntil(name)).isPresent();
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        String name = newAccount();
        CookieSession here = login(name, "mat-khau-ban-dau");
        CookieSession elsewhere = login(name, "mat-khau-ban-dau");
        assertThat(elsewhere.perform(get("/")).getStatus()).isEqualTo(200);
        assertThat(here.perform(post("/account/password")
                                .with(csrf())
                                .param("currentPassword", "mat-khau-ban-dau")
                                .param("newPassword", "mot-mat-khau-moi")
                                .param("confirmPassword", "mot-mat-khau-moi"))
                        .getRedirectedUrl())
                .isEqualTo("/");
        assertThat(here.perform(get("/")).getStatus()).isEqualTo(200);
        MockHttpServletResponse old = elsewhere.perform(get("/"));
        assertThat(old.getRedirectedUrl()).isEqualTo("/login?expired");
        // the ended session is gone from the session table: its cookie now leads to the login page
        assertThat(elsewhere.perform(get("/")).getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get("/login?expired"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Phiên làm việc đã kết thúc");
    }

    @Test
    void theOpenApiDescriptionNeedsALoginAndNamesNoServerFromTheHostHeader() throws Exception {
        assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(get("/swagger-ui.html"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
        assertThat(mvc.perform(get("/swagger-ui/index.html"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
        MockHttpServletResponse docs = mvc.perform(get("/v3/api-docs")
                        .with(httpBasic("lienmac-clerk", "demo"))
                        .header("Host", "evil.example")
                        .header("X-Forwarded-Host", "evil2.example"))
                .andReturn()
                .getResponse();
        assertThat(docs.getStatus()).isEqualTo(200);
        String json = docs.getContentAsString(StandardCharsets.UTF_8);
        assertThat(json)
                .doesNotContain("evil")
                .contains("\"servers\":[{\"url\":\"/\"")
                .contains("/api/v1/tokens");
    }

    @Test
    void redirectsAreRelativeAndTheCookieAndListeningDefaultsAreSafe() throws Exception {
        // MockMvc does not run Tomcat: the Location header and the cookie attributes on the real server are checked
        // by AuthHardeningIT; here the configuration that produces them
        assertThat(env.getProperty("server.tomcat.use-relative-redirects")).isEqualTo("true");
        assertThat(env.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
        assertThat(env.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
        assertThat(env.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(env.getProperty("server.tomcat.remoteip.internal-proxies"))
                .isEqualTo("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1");
        if (System.getenv("SERVER_ADDRESS") == null)
            assertThat(env.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(mvc.perform(get("/").header("Host", "evil.example"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .doesNotContain("evil");
    }
}
