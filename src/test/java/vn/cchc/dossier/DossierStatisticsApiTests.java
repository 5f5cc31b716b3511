package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

@IntegrationTest
class DossierStatisticsApiTests {

    static final String LIEN_MAC_ROW = """
            {"label": "Liên Mạc", "receivedTotal": 2579, "receivedOnline": 2551, "receivedDirect": 25,
             "receivedCarriedOver": 3, "resolvedTotal": 2576, "resolvedEarly": 2569, "resolvedOnTime": 7,
             "resolvedLate": 0, "pendingTotal": 3, "pendingOnTime": 3, "pendingOverdue": 0}""";

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

    RecordsFixture.Commune commune;
    long reportId;

    @BeforeEach
    void freshReport() {
        commune = RecordsFixture.commune(orgUnits, accounts);
        reportId = RecordsFixture.report(periods, reports, orgUnits, commune.unitId(), 2101);
    }

    String url() {
        return "/api/v1/reports/" + reportId + "/dossier-statistics";
    }

    ResultActions putBody(String body) throws Exception {
        return mvc.perform(put(url())
                .with(httpBasic(commune.clerk(), "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void lienMacClerkReadsTheDemoReportAndAnotherCommunesClerkGets404() throws Exception {
        long lienMac2023 = reports.visible((UnitViewer) users.loadUserByUsername("lienmac-clerk"), 2023, null)
                .get(0)
                .id();
        mvc.perform(get("/api/v1/reports/" + lienMac2023 + "/dossier-statistics")
                        .with(httpBasic("lienmac-clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").isNumber())
                .andExpect(jsonPath("$.rows").isArray());
        mvc.perform(get("/api/v1/reports/" + lienMac2023 + "/dossier-statistics")
                        .with(httpBasic("thanhhong-clerk", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Liên Mạc"))));
    }

    @Test
    void aReportWithoutStatisticsHasVersionZeroAndNoRows() throws Exception {
        mvc.perform(get(url()).with(httpBasic(commune.clerk(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.rows", hasSize(0)));
    }

    @Test
    void putSavesTheRowsAndAnswersANewVersionEachTimeWithAnAuditEntry() throws Exception {
        putBody("{\"version\": 0, \"rows\": [" + LIEN_MAC_ROW + "]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.rows[0].label").value("Liên Mạc"))
                .andExpect(jsonPath("$.rows[0].receivedTotal").value(2579))
                .andExpect(jsonPath("$.rows[0].pendingOverdue").value(0));
        putBody("{\"version\": 1, \"rows\": [" + LIEN_MAC_ROW
                        + ", {\"label\": \"Lĩnh vực hộ tịch\", \"receivedTotal\": 10}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.rows", hasSize(2)))
                .andExpect(jsonPath("$.rows[1].receivedOnline").doesNotExist());
        mvc.perform(get(url()).with(httpBasic(commune.clerk(), "demo")))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.rows[1].label").value("Lĩnh vực hộ tịch"))
                .andExpect(jsonPath("$.rows[1].receivedTotal").value(10))
                .andExpect(jsonPath("$.rows[1].receivedOnline").value(Matchers.nullValue()));
        Integer audits = jdbc.queryForObject("""
                select count(*) from audit_entry where entity_type = 'DossierStatistics' and entity_id = ?
                and action = 'UPDATE' and actor = ? and after_state::text like '%Lĩnh vực hộ tịch%'""", Integer.class, reportId, commune.clerk());
        assertThat(audits).isEqualTo(1);
    }

    @Test
    void aBrokenRuleAnswers422WithTheErrorsAndSavesNothing() throws Exception {
        putBody("{\"version\": 0, \"rows\": [" + LIEN_MAC_ROW + "]}").andExpect(status().isOk());
        putBody("""
                {"version": 1, "rows": [{"label": "Liên Mạc", "receivedTotal": 2580, "receivedOnline": 2551,
                 "receivedDirect": 25, "receivedCarriedOver": 3}, {"label": "", "pendingTotal": -1}]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].receivedTotal"))
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "Dòng 1 «Liên Mạc», cột (3) Tổng số tiếp nhận = 2.580: phải bằng (4) + (5) + (6) = 2.579."))
                .andExpect(jsonPath("$.errors[1].field").value("rows[1].label"))
                .andExpect(jsonPath("$.errors[2].field").value("rows[1].pendingTotal"));
        mvc.perform(get(url()).with(httpBasic(commune.clerk(), "demo")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].receivedTotal").value(2579));
    }

    @Test
    void aStaleVersionAnswers409AndSavesNothing() throws Exception {
        putBody("{\"version\": 0, \"rows\": [" + LIEN_MAC_ROW + "]}").andExpect(status().isOk());
        putBody("{\"version\": 0, \"rows\": [{\"label\": \"Khác\"}]}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", startsWith("Dữ liệu đã được người khác thay đổi")));
        mvc.perform(get(url()).with(httpBasic(commune.clerk(), "demo")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.rows[0].label").value("Liên Mạc"));
    }

    @Test
    void aFrozenReportAnswers409AndSavesNothing() throws Exception {
        RecordsFixture.freeze(jdbc, reportId);
        putBody("{\"version\": 0, \"rows\": [" + LIEN_MAC_ROW + "]}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", startsWith("Báo cáo đang ở trạng thái không cho phép sửa")));
        assertThat(jdbc.queryForObject("select count(*) from dossier_row where report_id = ?", Integer.class, reportId))
                .isZero();
    }

    @Test
    void anotherCommunesClerkCannotReadOrWriteTheReport() throws Exception {
        mvc.perform(get(url()).with(httpBasic("thanhhong-clerk", "demo"))).andExpect(status().isNotFound());
        mvc.perform(put(url())
                        .with(httpBasic("thanhhong-clerk", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"rows\": [" + LIEN_MAC_ROW + "]}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from dossier_row where report_id = ?", Integer.class, reportId))
                .isZero();
    }

    @Test
    void theReceivingOfficeReadsACommunesStatisticsButMayNotChangeThem() throws Exception {
        long lienMac2023 = reports.visible((UnitViewer) users.loadUserByUsername("lienmac-clerk"), 2023, null)
                .get(0)
                .id();
        String lienMacUrl = "/api/v1/reports/" + lienMac2023 + "/dossier-statistics";
        String before = mvc.perform(get(lienMacUrl).with(httpBasic("thanhha-noivu", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(put(lienMacUrl)
                        .with(httpBasic("thanhha-noivu", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"rows\": [{\"label\": \"Ghi đè\"}]}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(lienMacUrl).with(httpBasic("lienmac-clerk", "demo")))
                .andExpect(content().json(before));
    }

    @Test
    void carriedOverIsCheckedAgainstLastPeriodsInProgressAsAWarningThatDoesNotBlock() throws Exception {
        long previous = RecordsFixture.report(periods, reports, orgUnits, commune.unitId(), 2100);
        mvc.perform(put("/api/v1/reports/" + previous + "/dossier-statistics")
                        .with(httpBasic(commune.clerk(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"rows\": [{\"label\": \"Liên Mạc\", \"pendingTotal\": 5}]}"))
                .andExpect(status().isOk());
        putBody("{\"version\": 0, \"rows\": [" + LIEN_MAC_ROW + "]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.warnings[0].field").value("rows[0].receivedCarriedOver"))
                .andExpect(
                        jsonPath(
                                "$.warnings[0].message",
                                startsWith(
                                        "Dòng 1 «Liên Mạc», cột (6) Kỳ trước chuyển qua = 3: khác số hồ sơ đang giải quyết (11) = 5")));
    }
}
