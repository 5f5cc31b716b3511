package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.rendering.support.RenderedText;
import vn.cchc.report.Reports;

/**
 * Causes of lateness per Biểu 06 row (issue 13): «Xã Đông Phong» resolved 12 late and has 2 overdue; the causes
 * may explain at most 14. Figures made up in the shape of public commune reports (not Liên Mạc's).
 */
@IntegrationTest
class DossierLateCausesTests {

    static final String BODY = """
            {"version": 0, "rows": [{"label": "Xã Đông Phong", "receivedTotal": 1320, "receivedOnline": 1010,
             "receivedDirect": 300, "receivedCarriedOver": 10, "resolvedTotal": 1300, "resolvedEarly": 1100,
             "resolvedOnTime": 188, "resolvedLate": 12, "pendingTotal": 20, "pendingOnTime": 18, "pendingOverdue": 2,
             "lateCauses": [{"reason": "COORDINATION", "count": 8}, {"reason": "OTHER", "count": %d, "note": %s}]}]}""";

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

    long reportId;
    RecordsFixture.Commune commune;

    @BeforeEach
    void freshReport() {
        commune = RecordsFixture.commune(orgUnits, accounts);
        reportId = RecordsFixture.report(periods, reports, orgUnits, commune.unitId(), 2107);
    }

    ResultActions putBody(String body) throws Exception {
        return mvc.perform(put("/api/v1/reports/" + reportId + "/dossier-statistics")
                .with(httpBasic(commune.clerk(), "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void causesBeyondTheLateCountOrOtherWithoutNoteAreRefusedWith422() throws Exception {
        putBody(BODY.formatted(7, "\"thiếu giấy tờ đất\""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].lateCauses"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Dòng 1 «Xã Đông Phong»: các nguyên nhân quá hạn cộng lại 15 hồ sơ, "
                                + "nhiều hơn số hồ sơ quá hạn (10) + (13) = 14."));
        putBody(BODY.formatted(4, "null"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].lateCauses[1].note"));
        putBody(BODY.formatted(4, "\"thiếu giấy tờ đất\"").replace("COORDINATION", "TRAFFIC"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message", containsString("«TRAFFIC» không phải là lý do quá hạn")));
        assertThat(service.rowsForReport(reportId)).isEmpty();
    }

    @Test
    void causesAreStoredReturnedAndPrintedUnderTheTable() throws Exception {
        putBody(BODY.formatted(4, "\"thiếu giấy tờ đất\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].lateCauses[0].reason").value("COORDINATION"))
                .andExpect(jsonPath("$.rows[0].lateCauses[1].note").value("thiếu giấy tờ đất"));
        assertThat(service.rowsForReport(reportId).get(0).lateCauses())
                .containsExactly(
                        new LateCause(LateCause.Reason.COORDINATION, 8, null),
                        new LateCause(LateCause.Reason.OTHER, 4, "thiếu giấy tờ đất"));
        String sentence = "Nguyên nhân quá hạn: Xã Đông Phong: 8 hồ sơ chờ phối hợp, liên thông với cơ quan khác, "
                + "4 hồ sơ khác (thiếu giấy tờ đất).";
        CurrentUser clerk = (CurrentUser) users.loadUserByUsername(commune.clerk());
        mvc.perform(get("/reports/" + reportId + "/preview").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(sentence)));
        byte[] docx = mvc.perform(get("/reports/" + reportId + "/document.docx").with(user(clerk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] pdf = mvc.perform(get("/reports/" + reportId + "/document.pdf").with(user(clerk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(RenderedText.docx(docx)).contains(sentence);
        assertThat(RenderedText.pdf(pdf).replaceAll("\\s+", " "))
                .contains("Nguyên nhân quá hạn: Xã Đông Phong: 8 hồ sơ");
        // the page shows them and a page save (carrying them in hidden fields) keeps them
        mvc.perform(get("/reports/" + reportId + "/dossier").with(user(clerk)))
                .andExpect(content().string(containsString("Nguyên nhân quá hạn (2)")))
                .andExpect(content()
                        .string(containsString("name=\"rows[0].lateCauses[1].note\" value=\"thiếu giấy tờ đất\"")));
        var b = MockMvcRequestBuilders.post("/reports/" + reportId + "/dossier")
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .with(user(clerk))
                .param("version", "1")
                .param("action", "save")
                .param("rows[0].label", "Xã Đông Phong")
                .param("rows[0].groupKind", "UNIT")
                .param("rows[0].lateCauses[0].reason", "COORDINATION")
                .param("rows[0].lateCauses[0].count", "8");
        String[] f = {"1.320", "1.010", "300", "10", "1.300", "1.100", "188", "12", "20", "18", "2"};
        for (int i = 0; i < f.length; i++) b.param("rows[0].values[" + i + "]", f[i]);
        mvc.perform(b).andExpect(status().is3xxRedirection());
        assertThat(service.rowsForReport(reportId).get(0).lateCauses())
                .containsExactly(new LateCause(LateCause.Reason.COORDINATION, 8, null));
    }
}
