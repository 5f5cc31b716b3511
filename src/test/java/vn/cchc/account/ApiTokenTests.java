package vn.cchc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.IntegrationTest;

/** Issue #17: named, revocable, expiring API tokens, stored as an HMAC, acting exactly as their account. */
@IntegrationTest
class ApiTokenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    static final Pattern TOKEN = Pattern.compile("\"token\":\"(cchc_[A-Za-z0-9_-]+)\"");
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    MockHttpServletResponse perform(MockHttpServletRequestBuilder b) throws Exception {
        return mvc.perform(b).andReturn().getResponse();
    }

    static String body(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aTokenIsShownOnceStoredHashedActsAsItsAccountAndStopsWhenRevoked() throws Exception {
        MockHttpServletResponse created = perform(post("/api/v1/tokens")
                .with(httpBasic("lienmac-clerk", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Tích hợp tỉnh\",\"expiresAt\":\"2099-12-31\"}"));
        assertThat(created.getStatus()).isEqualTo(201);
        Matcher t = TOKEN.matcher(body(created));
        Matcher i = ID.matcher(body(created));
        assertThat(t.find() && i.find()).isTrue();
        String token = t.group(1);
        long id = Long.parseLong(i.group(1));
        assertThat(body(created)).contains("\"name\":\"Tích hợp tỉnh\"");

        // stored as HMAC-SHA256 (64 hex), never the token itself
        String stored = jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, id);
        assertThat(stored).matches("[0-9a-f]{64}").isNotEqualTo(token).isEqualTo(tokens.hash(token));
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_token where token_hash like ?",
                        Integer.class,
                        "%" + token.substring(5, 20) + "%"))
                .isZero();

        // the same answer as with the password; the scope is the account's (a foreign report is 404)
        String withBasic = body(perform(get("/api/v1/reports?year=2023").with(httpBasic("lienmac-clerk", "demo"))));
        String withToken = body(perform(get("/api/v1/reports?year=2023").header("Authorization", "Bearer " + token)));
        assertThat(withToken).isEqualTo(withBasic).contains("Liên Mạc");
        long foreign = jdbc.queryForObject("""
                select r.id from report r join org_unit u on u.id = r.org_unit_id where u.code = 'THANH_HONG' limit 1""", Long.class);
        assertThat(perform(get("/api/v1/reports/" + foreign + "/checks").header("Authorization", "Bearer " + token))
                        .getStatus())
                .isIn(403, 404);
        assertThat(jdbc.queryForObject(
                        "select last_used_at is not null from api_token where id = ?", Boolean.class, id))
                .isTrue();

        // listed without the secret
        String list = body(perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token)));
        assertThat(list)
                .contains("Tích hợp tỉnh")
                .doesNotContain(token)
                .doesNotContain(stored)
                .doesNotContain("\"token\"");

        // a token cannot mint another one
        assertThat(perform(post("/api/v1/tokens")
                                .header("Authorization", "Bearer " + token)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"x\"}"))
                        .getStatus())
                .isEqualTo(403);

        // another account cannot revoke it (404), its owner can (204), then it is refused (401, no Basic pop-up)
        assertThat(perform(delete("/api/v1/tokens/" + id).with(httpBasic("thanhhong-clerk", "demo")))
                        .getStatus())
                .isEqualTo(404);
        assertThat(perform(delete("/api/v1/tokens/" + id).with(httpBasic("lienmac-clerk", "demo")))
                        .getStatus())
                .isEqualTo(204);
        MockHttpServletResponse refused = perform(get("/api/v1/reports?year=2023")
                .header("Authorization", "Bearer " + token)
                .header("User-Agent", "Mozilla/5.0"));
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(body(refused)).contains("thu hồi");
    }

    @Test
    void expiredTokensAndTokensOfADeactivatedAccountAreRefused() throws Exception {
        String name = "token-owner-" + System.nanoTime();
        long accountId = accounts.create(new NewAccount(
                        name,
                        "mat-khau-dai-1",
                        "Chủ mã",
                        Role.CLERK,
                        accounts.byUsername("lienmac-clerk").orElseThrow().getOrgUnitId(),
                        false))
                .getId();
        String live = tokens.create(accountId, "live", null).token();
        String soon = tokens.create(accountId, "expiring", Instant.now().plusSeconds(3600))
                .token();
        jdbc.update(
                "update api_token set expires_at = now() - interval '1 second' where name = 'expiring' and account_id = ?",
                accountId);
        assertThat(perform(get("/api/v1/org-units").header("Authorization", "Bearer " + live))
                        .getStatus())
                .isEqualTo(200);
        assertThat(perform(get("/api/v1/org-units").header("Authorization", "Bearer " + soon))
                        .getStatus())
                .isEqualTo(401);
        assertThat(perform(get("/api/v1/org-units").header("Authorization", "Bearer cchc_made-up"))
                        .getStatus())
                .isEqualTo(401);
        accounts.setEnabled(accountId, false);
        assertThat(perform(get("/api/v1/org-units").header("Authorization", "Bearer " + live))
                        .getStatus())
                .isEqualTo(401);
        // a past expiry or a missing name is a Vietnamese 422 naming the field
        MockHttpServletResponse bad = perform(post("/api/v1/tokens")
                .with(httpBasic("lienmac-clerk", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"\",\"expiresAt\":\"2001-01-01\"}"));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(body(bad))
                .contains("\"field\":\"name\"")
                .contains("\"field\":\"expiresAt\"")
                .contains("Hạn dùng");
    }

    @Test
    void theTokensPageCreatesShowsOnceAndRevokes() throws Exception {
        var clerk = users.loadUserByUsername("thanhhong-clerk");
        MockHttpServletResponse created = perform(post("/account/tokens")
                .with(user(clerk))
                .with(csrf())
                .param("name", "Phần mềm một cửa")
                .param("expiresOn", "31/12/2099"));
        assertThat(created.getRedirectedUrl()).isEqualTo("/account/tokens");
        var issued = (ApiTokens.Issued) mvc.perform(
                        post("/account/tokens").with(user(clerk)).with(csrf()).param("name", "Thứ hai"))
                .andReturn()
                .getFlashMap()
                .get("issued");
        assertThat(issued.token()).startsWith("cchc_");
        String page = body(perform(get("/account/tokens").with(user(clerk))));
        assertThat(page)
                .contains("Phần mềm một cửa")
                .contains("Thứ hai")
                .contains("31/12/2099")
                .doesNotContain(issued.token())
                .contains("Thu hồi");
        assertThat(perform(get("/api/v1/org-units").header("Authorization", "Bearer " + issued.token()))
                        .getStatus())
                .isEqualTo(200);
        assertThat(perform(post("/account/tokens/" + issued.id() + "/revoke")
                                .with(user(clerk))
                                .with(csrf()))
                        .getRedirectedUrl())
                .isEqualTo("/account/tokens");
        assertThat(perform(get("/api/v1/org-units").header("Authorization", "Bearer " + issued.token()))
                        .getStatus())
                .isEqualTo(401);
        // someone else's token id: 404 on the page too
        assertThat(perform(post("/account/tokens/" + issued.id() + "/revoke")
                                .with(user(users.loadUserByUsername("lienmac-clerk")))
                                .with(csrf()))
                        .getStatus())
                .isEqualTo(404);
        assertThat(body(perform(post("/account/tokens")
                        .with(user(clerk))
                        .with(csrf())
                        .param("name", "x")
                        .param("expiresOn", "32/13/2020"))))
                .contains("Hạn dùng: không đọc được");
    }
}
