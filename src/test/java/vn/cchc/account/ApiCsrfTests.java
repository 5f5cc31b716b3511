package vn.cchc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.report.ReportWorkflow;
import vn.cchc.report.Reports;

/**
 * Issue #10 item 4: a page on another site cannot change anything through the API with the browser's cached Basic
 * credentials — foreign Origin/Referer refused, only JSON (or multipart) bodies, and no Basic challenge (the
 * password pop-up that makes browsers cache credentials) in answer to a browser.
 */
@IntegrationTest
class ApiCsrfTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    UserDetailsService users;

    /** A fresh Liên Mạc report (its own ad-hoc period) brought to SUBMITTED, or on to SIGNED. */
    long report(boolean signed) {
        var period = periods.create(new NewPeriod(
                orgUnits.byCode("HAI_DUONG").orElseThrow().getId(),
                PeriodKind.AD_HOC,
                "kiểm thử CSRF " + UUID.randomUUID(),
                2024,
                LocalDate.of(2023, 12, 10),
                LocalDate.of(2024, 6, 9),
                LocalDate.of(2099, 12, 31)));
        long id = reports.createEmpty(orgUnits.byCode("LIEN_MAC").orElseThrow().getId(), period.getId())
                .getId();
        workflow.submit((CurrentUser) users.loadUserByUsername("lienmac-clerk"), id, false);
        if (signed) workflow.sign((CurrentUser) users.loadUserByUsername("lienmac-chair"), id);
        return id;
    }

    String state(long id) {
        return jdbc.queryForObject("select status || ':' || lock_version from report where id = ?", String.class, id);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder b) throws Exception {
        return mvc.perform(b).andReturn().getResponse();
    }

    @Test
    void aFormEncodedPostFromAnotherSiteToAcceptOrSignIsRefusedAndChangesNothing() throws Exception {
        long signed = report(true);
        String before = state(signed);
        MockHttpServletResponse accept = perform(post("/api/v1/reports/" + signed + "/accept")
                .with(httpBasic("thanhha-noivu", "demo"))
                .header("Origin", "https://evil.example")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("x=1"));
        assertThat(accept.getStatus()).isEqualTo(403);
        assertThat(accept.getContentType()).startsWith("application/problem+json");
        assertThat(accept.getContentAsString(StandardCharsets.UTF_8)).contains("trang web khác");
        assertThat(state(signed)).isEqualTo(before);

        long submitted = report(false);
        String beforeSign = state(submitted);
        assertThat(perform(post("/api/v1/reports/" + submitted + "/sign")
                                .with(httpBasic("lienmac-chair", "demo"))
                                .header("Origin", "https://evil.example")
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .content("confirm=yes"))
                        .getStatus())
                .isEqualTo(403);
        // the same without Origin but form-encoded (an old browser, a stripped header): still refused, as 415
        assertThat(perform(post("/api/v1/reports/" + submitted + "/sign")
                                .with(httpBasic("lienmac-chair", "demo"))
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .content("confirm=yes"))
                        .getStatus())
                .isEqualTo(415);
        assertThat(perform(post("/api/v1/reports/" + submitted + "/sign")
                                .with(httpBasic("lienmac-chair", "demo"))
                                .contentType(MediaType.TEXT_PLAIN)
                                .content("{}"))
                        .getStatus())
                .isEqualTo(415);
        // a foreign Referer without Origin, a JSON body with a foreign Origin, "Origin: null" (sandboxed frame)
        assertThat(perform(post("/api/v1/reports/" + submitted + "/sign")
                                .with(httpBasic("lienmac-chair", "demo"))
                                .header("Referer", "https://evil.example/page.html"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(post("/api/v1/reports/" + submitted + "/sign")
                                .with(httpBasic("lienmac-chair", "demo"))
                                .header("Origin", "https://evil.example")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(post("/api/v1/reports/" + submitted + "/sign")
                                .with(httpBasic("lienmac-chair", "demo"))
                                .header("Origin", "null"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(state(submitted)).isEqualTo(beforeSign);

        // control: the same accept as a script sends it (no Origin, no body) is done — the refusals were no accident
        assertThat(perform(post("/api/v1/reports/" + signed + "/accept").with(httpBasic("thanhha-noivu", "demo")))
                        .getStatus())
                .isEqualTo(200);
        assertThat(state(signed)).startsWith("ACCEPTED");
    }

    @Test
    void scriptsWithoutOriginAndPagesOfTheAppItselfStillWork() throws Exception {
        // a same-origin browser call (Swagger UI) and a script with JSON: both reach the endpoint
        MockHttpServletResponse same = perform(post("/api/v1/tokens")
                .with(httpBasic("thanhxa-clerk", "demo"))
                .header("Origin", "http://localhost")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"same origin\"}"));
        assertThat(same.getStatus()).isEqualTo(201);
        MockHttpServletResponse script = perform(post("/api/v1/tokens")
                .with(httpBasic("thanhxa-clerk", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"script\"}"));
        assertThat(script.getStatus()).isEqualTo(201);
    }

    @Test
    void aBrowserNeverGetsTheBasicChallengeAScriptDoes() throws Exception {
        MockHttpServletResponse browser = perform(get("/api/v1/reports")
                .header("Accept", "text/html,application/xhtml+xml")
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/130")
                .header("Sec-Fetch-Mode", "navigate"));
        assertThat(browser.getStatus()).isEqualTo(401);
        assertThat(browser.getHeader("WWW-Authenticate")).isNull();
        assertThat(browser.getContentType()).startsWith("application/problem+json");
        assertThat(perform(get("/api/v1/reports").header("Sec-Fetch-Site", "cross-site"))
                        .getHeader("WWW-Authenticate"))
                .isNull();
        assertThat(perform(get("/api/v1/reports")
                                .with(httpBasic("thanhxa-clerk", "wrong-here"))
                                .header("User-Agent", "Mozilla/5.0"))
                        .getHeader("WWW-Authenticate"))
                .isNull();
        // curl, Java's HttpClient with an Authenticator: they need the challenge to send their credentials
        assertThat(perform(get("/api/v1/reports").header("User-Agent", "curl/7.88.1"))
                        .getHeader("WWW-Authenticate"))
                .startsWith("Basic");
    }
}
