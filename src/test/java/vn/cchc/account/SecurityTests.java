package vn.cchc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.IntegrationTest;
import vn.cchc.shared.AuditEntryView;
import vn.cchc.shared.AuditTrail;

@IntegrationTest
class SecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditTrail audit;

    @Test
    void apiWithoutCredentialsAnswers401AsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/reports"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Chưa đăng nhập")));
        mvc.perform(get("/api/v1/org-units")).andExpect(status().isUnauthorized());
    }

    @Test
    void apiWithWrongPasswordAnswers401() throws Exception {
        mvc.perform(get("/api/v1/reports").with(httpBasic("thanhxa-clerk", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void pagesRedirectToTheVietnameseLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đăng nhập")))
                .andExpect(content().string(Matchers.containsString("lang=\"vi\"")));
    }

    @Test
    void formLoginSucceedsWithTheDemoPasswordAndFailsWithAnother() throws Exception {
        mvc.perform(formLogin("/login").user("lienmac-clerk").password("demo"))
                .andExpect(authenticated().withUsername("lienmac-clerk"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("lienmac-chair").password("nope"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void pageFormsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/login").param("username", "lienmac-clerk").param("password", "demo"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", "lienmac-clerk")
                        .param("password", "demo"))
                .andExpect(authenticated());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountFromThatAddressEvenForTheRightPassword() throws Exception {
        accounts.create(new NewAccount(
                "lockout-probe",
                "correct-horse",
                "Thử khóa",
                Role.CLERK,
                accounts.byUsername("lienmac-clerk").orElseThrow().getOrgUnitId(),
                false));
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/reports").with(httpBasic("lockout-probe", "wrong" + i)))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(accounts.lockedUntil("lockout-probe")).isPresent();
        assertThat(audit.forEntity(
                        "UserAccount",
                        accounts.byUsername("lockout-probe").orElseThrow().getId()))
                .extracting(AuditEntryView::action)
                .contains("LOGIN_LOCKED");
        mvc.perform(get("/api/v1/reports").with(httpBasic("lockout-probe", "correct-horse")))
                .andExpect(status().isUnauthorized());
        mvc.perform(formLogin("/login").user("lockout-probe").password("correct-horse"))
                .andExpect(unauthenticated());
    }

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void securityHeadersAreSet() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(
                        header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")));
    }
}
