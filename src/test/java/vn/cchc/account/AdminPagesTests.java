package vn.cchc.account;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.CookieSession;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;

/** The administrator creates units, accounts and periods; a new account must choose its own password first. */
@IntegrationTest
class AdminPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Accounts accounts;

    @Test
    void newAccountMustChangeItsTemporaryPasswordBeforeAnythingElse() throws Exception {
        long unit = orgUnits.byCode("THANH_XA").orElseThrow().getId();
        mvc.perform(post("/admin/accounts")
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf())
                        .param("username", "thanhxa-new")
                        .param("fullName", "Công chức mới")
                        .param("role", "CLERK")
                        .param("orgUnitId", String.valueOf(unit))
                        .param("temporaryPassword", "tam-thoi-123"))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(accounts.byUsername("thanhxa-new").orElseThrow().isMustChangePassword())
                .isTrue();

        CookieSession session = new CookieSession(mvc);
        session.perform(
                post("/login").with(csrf()).param("username", "thanhxa-new").param("password", "tam-thoi-123"));
        assertThat(session.perform(get("/")).getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(session.perform(post("/account/password")
                                .with(csrf())
                                .param("currentPassword", "tam-thoi-123")
                                .param("newPassword", "ngan")
                                .param("confirmPassword", "ngan"))
                        .getContentAsString(UTF_8))
                .contains("Mật khẩu mới: phải có ít nhất 10 ký tự.");
        assertThat(session.perform(post("/account/password")
                                .with(csrf())
                                .param("currentPassword", "tam-thoi-123")
                                .param("newPassword", "mat-khau-rieng")
                                .param("confirmPassword", "mat-khau-rieng"))
                        .getRedirectedUrl())
                .isEqualTo("/");
        MockHttpServletResponse home = session.perform(get("/"));
        assertThat(home.getStatus()).isEqualTo(200);
        assertThat(home.getContentAsString(UTF_8)).contains("UBND XÃ THANH XÁ");
        assertThat(accounts.byUsername("thanhxa-new").orElseThrow().isMustChangePassword())
                .isFalse();
    }

    @Test
    void unitAndPeriodFormsNameTheFieldAndTheRuleAndSaveNothingWhenWrong() throws Exception {
        int unitsBefore = orgUnits.all().size();
        mvc.perform(post("/admin/units")
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf())
                        .param("code", "lien mac")
                        .param("name", "")
                        .param("letterheadName", "X")
                        .param("placeName", "X")
                        .param("level", "COMMUNE")
                        .param("validFrom", "2025-07-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã đơn vị: 2–40 ký tự")))
                .andExpect(content().string(containsString("Tên đơn vị: bắt buộc.")));
        assertThat(orgUnits.all()).hasSize(unitsBefore);

        int periodsBefore = periods.all().size();
        mvc.perform(post("/admin/periods")
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf())
                        .param(
                                "scheduleUnitId",
                                String.valueOf(orgUnits.byCode("HAI_PHONG")
                                        .orElseThrow()
                                        .getId()))
                        .param("kind", "QUARTER")
                        .param("title", "quý I năm 2026")
                        .param("windowStart", "2026-03-14")
                        .param("windowEnd", "2025-12-15")
                        .param("deadline", "2026-03-20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đến ngày: phải sau hoặc bằng Từ ngày.")));
        assertThat(periods.all()).hasSize(periodsBefore);
    }

    @Test
    void onlyTheAdministratorReachesTheAdminPages() throws Exception {
        for (String path : new String[] {"/admin/units", "/admin/accounts", "/admin/periods"}) {
            mvc.perform(get(path).with(user(users.loadUserByUsername("thanhha-noivu"))))
                    .andExpect(status().isForbidden());
            mvc.perform(get(path).with(user(users.loadUserByUsername("admin")))).andExpect(status().isOk());
        }
    }
}
