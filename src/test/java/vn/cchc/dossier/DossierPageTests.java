package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

@IntegrationTest
class DossierPageTests {

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
    CurrentUser clerk;

    @BeforeEach
    void freshReport() {
        RecordsFixture.Commune c = RecordsFixture.commune(orgUnits, accounts);
        reportId = RecordsFixture.report(periods, reports, orgUnits, c.unitId(), 2103);
        clerk = (CurrentUser) users.loadUserByUsername(c.clerk());
    }

    MockHttpServletRequestBuilder form(String action, String... figures) {
        MockHttpServletRequestBuilder b = post("/reports/" + reportId + "/dossier")
                .with(csrf())
                .with(user(clerk))
                .param("version", "0")
                .param("action", action)
                .param("rows[0].label", "Liên Mạc")
                .param("rows[0].groupKind", "UNIT");
        for (int i = 0; i < figures.length; i++) b.param("rows[0].values[" + i + "]", figures[i]);
        return b;
    }

    @Test
    void thePageShowsTheBieu06HeaderAndSavesTypedFiguresWithDots() throws Exception {
        mvc.perform(get("/reports/" + reportId + "/dossier").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số hồ sơ tiếp nhận")))
                .andExpect(content().string(containsString("Kỳ trước chuyển qua")))
                .andExpect(content().string(containsString("(13)")))
                .andExpect(content().string(containsString("/reports/" + reportId + "/dossier/template.xlsx")));
        mvc.perform(form("save", "2.579", "2551", "25", "3", "2.576", "2.569", "7", "0", "3", "3", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reports/" + reportId + "/dossier"));
        assertThat(service.rowsForReport(reportId))
                .containsExactly(DossierRowView.of(
                        "Liên Mạc", DossierGroupKind.UNIT, 2579, 2551, 25, 3, 2576, 2569, 7, 0, 3, 3, 0));
        mvc.perform(get("/reports/" + reportId + "/dossier").with(user(clerk)))
                .andExpect(content().string(containsString("value=\"2.551\"")))
                .andExpect(content().string(containsString("98,91 %")));
    }

    @Test
    void badTextAndBrokenRulesAreShownOnTheirCellsAndNothingIsSaved() throws Exception {
        mvc.perform(form("save", "2.580", "2551", "25", "3", "abc"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Dòng 1 «Liên Mạc», cột (7) Tổng số đã giải quyết: «abc» không phải là số nguyên không âm.")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Dòng 1 «Liên Mạc», cột (3) Tổng số tiếp nhận = 2.580: phải bằng (4) + (5) + (6) = 2.579.")))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("value=\"abc\"")));
        mvc.perform(form("save", "2.580", "2551", "25", "3"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Dòng 1 «Liên Mạc», cột (3) Tổng số tiếp nhận = 2.580: phải bằng (4) + (5) + (6) = 2.579.")));
        assertThat(service.rowsForReport(reportId)).isEmpty();
    }

    @Test
    void aStaleFormKeepsWhatWasTypedAndSaysWhy() throws Exception {
        service.replace(
                clerk,
                reportId,
                0,
                List.of(DossierRowView.of("Liên Mạc", null, 5, 5, 0, 0, null, null, null, null, null, null, null)));
        mvc.perform(form("save", "7", "7", "0", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dữ liệu đã được người khác thay đổi sau khi bạn mở.")))
                .andExpect(content().string(containsString("value=\"7\"")));
        assertThat(service.rowsForReport(reportId))
                .extracting(DossierRowView::receivedTotal)
                .containsExactly(5);
    }

    @Test
    void addAndRemoveRowsWithoutSaving() throws Exception {
        String html = mvc.perform(form("add", "1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("name=\"rows[1].label\"");
        String removed = mvc.perform(form("remove:0", "1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(removed).doesNotContain("name=\"rows[0].label\"");
        assertThat(service.rowsForReport(reportId)).isEmpty();
    }

    @Test
    void aFrozenReportIsShownReadOnlyAndRefusesAPost() throws Exception {
        service.replace(
                clerk,
                reportId,
                0,
                List.of(DossierRowView.of("Liên Mạc", null, 5, 5, 0, 0, null, null, null, null, null, null, null)));
        RecordsFixture.freeze(jdbc, reportId);
        mvc.perform(get("/reports/" + reportId + "/dossier").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("số liệu chỉ để xem")))
                .andExpect(content().string(not(containsString("value=\"save\""))));
        mvc.perform(form("save", "1", "1", "0", "0")).andExpect(status().isConflict());
        assertThat(service.rowsForReport(reportId))
                .extracting(DossierRowView::receivedTotal)
                .containsExactly(5);
    }

    @Test
    void anotherCommunesClerkGets404OnThePageAndTheTemplate() throws Exception {
        var other = users.loadUserByUsername("thanhhong-clerk");
        mvc.perform(get("/reports/" + reportId + "/dossier").with(user(other))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/" + reportId + "/dossier/template.xlsx").with(user(other)))
                .andExpect(status().isNotFound());
    }
}
