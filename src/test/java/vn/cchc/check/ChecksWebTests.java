package vn.cchc.check;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

/** The API contract of GET /api/v1/reports/{id}/checks and the "Kiểm tra" page, on fresh Liên Mạc reports. */
@IntegrationTest
@Transactional
class ChecksWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    UserDetailsService users;

    CheckFixture fx;

    @BeforeEach
    void fixture() {
        fx = new CheckFixture(jdbc, periods, reports, orgUnits);
    }

    long lienMacDemoReport() {
        return reports.visible((UnitViewer) users.loadUserByUsername("lienmac-clerk"), 2023, null)
                .get(0)
                .id();
    }

    long reportWithAnError() {
        long r = fx.report("LIEN_MAC", 2030);
        fx.ownDocument(r, "KH", "36/KH-UBND", LocalDate.of(2030, 12, 30));
        fx.narrative(r, "CLOSING", "một số nhiệm vụ CCHC trọng tâm năm 2030.");
        return r;
    }

    @Test
    void apiAnswersTheFindingsAsRuleSeverityMessageTarget() throws Exception {
        long r = reportWithAnError();
        mvc.perform(get("/api/v1/reports/" + r + "/checks").with(httpBasic("lienmac-clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].rule").value("DOCUMENT_AFTER_REPORT"))
                .andExpect(jsonPath("$[0].severity").value("ERROR"))
                .andExpect(jsonPath("$[0].message")
                        .value("Kế hoạch số 36/KH-UBND ngày 30/12/2030 được ghi ngày sau ngày báo cáo (10/12/2030)."))
                .andExpect(jsonPath("$[0].target").value(containsString("/reports/" + r + "/documents/")))
                .andExpect(jsonPath("$[1].rule").value("CLOSING_YEAR"))
                .andExpect(jsonPath("$[1].severity").value("WARNING"))
                .andExpect(jsonPath("$[1].target").value("/reports/" + r + "/narrative#CLOSING"));
    }

    @Test
    void apiAnswersAnEmptyListForACleanReportAndTheDistrictOfficeMayRunIt() throws Exception {
        long r = fx.report("LIEN_MAC", 2030);
        mvc.perform(get("/api/v1/reports/" + r + "/checks").with(httpBasic("thanhha-noivu", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void anotherCommunesClerkGets404AndNoData() throws Exception {
        mvc.perform(get("/api/v1/reports/" + lienMacDemoReport() + "/checks")
                        .with(httpBasic("thanhhong-clerk", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(not(containsString("rule"))));
        mvc.perform(get("/reports/" + lienMacDemoReport() + "/checks")
                        .with(user(users.loadUserByUsername("thanhhong-clerk"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Liên Mạc"))));
    }

    @Test
    void withoutCredentialsTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/reports/" + lienMacDemoReport() + "/checks")).andExpect(status().isUnauthorized());
    }

    @Test
    void pageListsFindingsGroupedBySeverityWithCountsAndLinks() throws Exception {
        long r = reportWithAnError();
        mvc.perform(get("/reports/" + r + "/checks").with(user(users.loadUserByUsername("lienmac-clerk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chạy kiểm tra")))
                .andExpect(content().string(containsString("data-severity=\"ERROR\">1<")))
                .andExpect(content().string(containsString("data-severity=\"WARNING\">1<")))
                .andExpect(content().string(containsString("data-severity=\"INFO\">0<")))
                .andExpect(content().string(containsString("id=\"findings-ERROR\"")))
                .andExpect(content()
                        .string(containsString(
                                "Kế hoạch số 36/KH-UBND ngày 30/12/2030 được ghi ngày sau ngày báo cáo (10/12/2030).")))
                .andExpect(content().string(containsString("href=\"/reports/" + r + "/narrative#CLOSING\"")))
                .andExpect(content().string(not(containsString("Không phát hiện sai sót"))));
    }

    @Test
    void pageSaysSoWhenNothingIsFound() throws Exception {
        long r = fx.report("LIEN_MAC", 2030);
        mvc.perform(get("/reports/" + r + "/checks").with(user(users.loadUserByUsername("lienmac-clerk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không phát hiện sai sót")))
                .andExpect(content().string(not(containsString("id=\"findings-"))));
    }
}
