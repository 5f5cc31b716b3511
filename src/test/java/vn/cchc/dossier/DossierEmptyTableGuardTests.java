package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

/** A non-empty Biểu 06 is never replaced by an empty one unless the request says so (page and API). */
@IntegrationTest
class DossierEmptyTableGuardTests {

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
    DossierStatisticsService service;

    RecordsFixture.Commune commune;
    CurrentUser clerk;
    long reportId;

    @BeforeEach
    void reportWithOneRow() {
        commune = RecordsFixture.commune(orgUnits, accounts);
        reportId = RecordsFixture.report(periods, reports, orgUnits, commune.unitId(), 2115);
        clerk = (CurrentUser) users.loadUserByUsername(commune.clerk());
        service.replace(
                clerk,
                reportId,
                0,
                List.of(DossierRowView.of(
                        "Liên Mạc", DossierGroupKind.UNIT, 5, 5, 0, 0, null, null, null, null, null, null, null)));
    }

    @Test
    void thePageRefusesToSaveAnEmptyTableOverRowsAndOffersTheExplicitChoice() throws Exception {
        mvc.perform(post("/reports/" + reportId + "/dossier")
                        .with(csrf())
                        .with(user(clerk))
                        .param("version", "1")
                        .param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Biểu 06 đang có 1 dòng; bảng gửi lên không có dòng nào nên chưa lưu.")))
                .andExpect(content().string(containsString("name=\"clearAll\"")));
        assertThat(service.rowsForReport(reportId)).hasSize(1);

        mvc.perform(post("/reports/" + reportId + "/dossier")
                        .with(csrf())
                        .with(user(clerk))
                        .param("version", "1")
                        .param("action", "save")
                        .param("clearAll", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(service.rowsForReport(reportId)).isEmpty();
    }

    @Test
    void theApiAnswers422InVietnameseUnlessClearAllIsTrue() throws Exception {
        String url = "/api/v1/reports/" + reportId + "/dossier-statistics";
        mvc.perform(put(url).with(httpBasic(commune.clerk(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 1, \"rows\": []}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("clearAll"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Biểu 06 đang có 1 dòng")));
        assertThat(service.rowsForReport(reportId)).hasSize(1);

        mvc.perform(put(url).with(httpBasic(commune.clerk(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 1, \"rows\": [], \"clearAll\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").isEmpty())
                .andExpect(jsonPath("$.clearAll").doesNotExist());
        assertThat(service.rowsForReport(reportId)).isEmpty();
    }
}
