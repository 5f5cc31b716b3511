package vn.cchc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.account.NewAccount;
import vn.cchc.account.Role;
import vn.cchc.orgunit.NewOrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

/** Page forms without their CSRF token are refused and save nothing; lock-out by the form; security headers everywhere. */
@IntegrationTest
class FormsAndHeadersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    long unitId;
    long reportId;
    UserDetails clerk;

    @BeforeEach
    void freshReport() {
        String n = String.valueOf(System.nanoTime());
        unitId = orgUnits.create(new NewOrgUnit(
                        "TEST_CSRF_" + n,
                        null,
                        "xã Thử CSRF " + n,
                        "UBND XÃ THỬ CSRF",
                        "Thử",
                        OrgUnitLevel.COMMUNE,
                        LocalDate.of(2000, 1, 1),
                        null,
                        null))
                .getId();
        accounts.create(new NewAccount("csrf-clerk-" + n, "demo-pass-1", "Thư ký thử", Role.CLERK, unitId, false));
        clerk = users.loadUserByUsername("csrf-clerk-" + n);
        long periodId = periods.create(new NewPeriod(
                        unitId,
                        PeriodKind.AD_HOC,
                        "thử CSRF " + n,
                        2096,
                        LocalDate.of(2095, 12, 10),
                        LocalDate.of(2096, 12, 9),
                        LocalDate.of(2096, 12, 15)))
                .getId();
        reportId = reports.createEmpty(unitId, periodId).getId();
    }

    /** Everything the forms below could write: the report row and every record of it, the register, the accounts. */
    String state() {
        StringBuilder sb = new StringBuilder();
        for (String t : jdbc.queryForList("""
                select table_name from information_schema.columns
                where table_schema = current_schema() and column_name = 'report_id' order by table_name""", String.class)) {
            sb.append(t)
                    .append(jdbc.queryForObject(
                            "select count(*) || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + t
                                    + " t where report_id = ?",
                            String.class,
                            reportId))
                    .append('\n');
        }
        sb.append(jdbc.queryForObject("select r::text from report r where id = ?", String.class, reportId))
                .append('\n');
        sb.append(jdbc.queryForObject("select count(*) from issued_document where org_unit_id = ?", Long.class, unitId))
                .append('\n');
        sb.append(jdbc.queryForObject("select count(*) from user_account", Long.class));
        return sb.toString();
    }

    @Test
    void pageFormsWithoutTheirTokenAreRefusedAndSaveNothing() throws Exception {
        String r = "/reports/" + reportId;
        UserDetails admin = users.loadUserByUsername("admin");
        List<MockHttpServletRequestBuilder> forms = List.of(
                post(r + "/documents")
                        .with(user(clerk))
                        .param("issuerKind", "OWN")
                        .param("issuerName", "UBND xã Thử")
                        .param("docType", "KH")
                        .param("numberSymbol", "01/KH-UBND")
                        .param("issuedOn", "02/02/2096")
                        .param("attach", "true"),
                post(r + "/indicators")
                        .with(user(clerk))
                        .param("rows[0].code", "MEETINGS_CCHC")
                        .param("rows[0].value", "3")
                        .param("rows[0].qualifier", "EXACT"),
                post(r + "/dossier")
                        .with(user(clerk))
                        .param("version", "0")
                        .param("action", "save")
                        .param("rows[0].label", "Xã thử")
                        .param("rows[0].values[0]", "1")
                        .param("rows[0].values[1]", "1"),
                post(r + "/narrative")
                        .with(user(clerk))
                        .param("rows[0].code", "I")
                        .param("rows[0].body", "Giả mạo"),
                post(r + "/tasks")
                        .with(user(clerk))
                        .param("assignedBy", "UBND huyện")
                        .param("content", "Giả mạo")
                        .param("status", "IN_PROGRESS"),
                post(r + "/header")
                        .with(user(clerk))
                        .param("numberSymbol", "99/BC-UBND")
                        .param("lockVersion", "0"),
                post(r + "/workflow/submit").with(user(clerk)).param("confirmWarnings", "true"),
                post("/admin/accounts")
                        .with(user(admin))
                        .param("username", "csrf-victim")
                        .param("fullName", "Nạn nhân")
                        .param("role", "ADMIN")
                        .param("temporaryPassword", "intruder-pass-123"));
        String before = state();
        for (MockHttpServletRequestBuilder form : forms) {
            mvc.perform(form).andExpect(status().isForbidden());
            mvc.perform(form.with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        }
        assertThat(state()).isEqualTo(before);
        assertThat(accounts.byUsername("csrf-victim")).isEmpty();

        // control: the same document form with its token is saved
        mvc.perform(forms.get(0).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(state()).isNotEqualTo(before);
    }

    @Test
    void logoutWithoutTheTokenIsRefused() throws Exception {
        MockHttpServletResponse r =
                mvc.perform(post("/logout").with(user(clerk))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(403);
        assertThat(r.getRedirectedUrl()).isNull();
        mvc.perform(post("/logout").with(user(clerk)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void wrongPasswordsOnTheLoginFormLockTheAccountAndTheAdministratorSeesIt() throws Exception {
        String name = "lock-form-" + System.nanoTime();
        accounts.create(new NewAccount(name, "correct-horse-1", "Thử khóa", Role.CLERK, unitId, false));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(name).password("wrong" + i)).andExpect(unauthenticated());
        }
        assertThat(accounts.lockedUntil(name)).isPresent();
        mvc.perform(formLogin("/login").user(name).password("correct-horse-1")).andExpect(unauthenticated());
        mvc.perform(get("/api/v1/reports").with(httpBasic(name, "correct-horse-1")))
                .andExpect(status().isUnauthorized());

        String html = mvc.perform(get("/admin/accounts").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher row = Pattern.compile(
                        "<tr[^>]*>(?:(?!</tr>).)*" + Pattern.quote(name) + "(?:(?!</tr>).)*</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(row.find()).as("the account's row on the admin page").isTrue();
        assertThat(row.group()).containsPattern("\\d{2}/\\d{2}/\\d{4}");
    }

    // ---- headers -------------------------------------------------------------------------------------------

    static void assertSecurityHeaders(String what, MockHttpServletResponse r) {
        assertThat(r.getHeader("Content-Security-Policy"))
                .as(what)
                .contains("frame-ancestors 'none'")
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .doesNotContain("unsafe-eval");
        assertThat(r.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(r.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(r.getHeader("Referrer-Policy")).as(what).isNotBlank();
    }

    @Test
    void securityHeadersOnPagesApiAndErrors() throws Exception {
        UserDetails lienMac = users.loadUserByUsername("lienmac-clerk");
        UserDetails outsider = users.loadUserByUsername("thanhhong-clerk");
        long lienMacReport = jdbc.queryForObject("""
                select r.id from report r join org_unit u on u.id = r.org_unit_id join reporting_period p on p.id = r.period_id
                where u.code = 'LIEN_MAC' and p.year = 2023""", Long.class);
        record Case(String what, MockHttpServletRequestBuilder request, int status) {}
        List<Case> cases = List.of(
                new Case("login page", get("/login"), 200),
                new Case("page", get("/reports/" + lienMacReport).with(user(lienMac)), 200),
                new Case(
                        "docx download",
                        get("/reports/" + lienMacReport + "/document.docx").with(user(lienMac)),
                        200),
                new Case("page not found", get("/reports/" + lienMacReport).with(user(outsider)), 404),
                new Case("page forbidden", get("/admin/accounts").with(user(lienMac)), 403),
                new Case("page unknown url", get("/no-such-page").with(user(lienMac)), 404),
                new Case("page without login", get("/reports/" + lienMacReport), 302),
                new Case("api", get("/api/v1/reports?year=2023").with(httpBasic("lienmac-clerk", "demo")), 200),
                new Case(
                        "api not found",
                        get("/api/v1/reports/" + lienMacReport + "/checks").with(httpBasic("thanhhong-clerk", "demo")),
                        404),
                new Case("api unauthorised", get("/api/v1/reports"), 401),
                new Case(
                        "api conflict",
                        post("/api/v1/reports/" + lienMacReport + "/accept").with(httpBasic("thanhha-noivu", "demo")),
                        409),
                new Case("health", get("/actuator/health"), 200));
        for (Case c : cases) {
            MockHttpServletResponse r = mvc.perform(c.request()).andReturn().getResponse();
            assertThat(r.getStatus()).as(c.what()).isEqualTo(c.status());
            assertSecurityHeaders(c.what(), r);
        }
    }
}
