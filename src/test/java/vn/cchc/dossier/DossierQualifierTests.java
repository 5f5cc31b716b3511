package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.account.CurrentUser;
import vn.cchc.indicator.Qualifier;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.rendering.support.RenderedText;
import vn.cchc.report.Reports;

/**
 * A qualifier per Biểu 06 cell (issue 13): a commune writes «gần 2.840» received while its parts give 2.837.
 * Figures made up in the shape of public commune reports (not Liên Mạc's).
 */
@IntegrationTest
class DossierQualifierTests {

    /** (3) «gần 2.840» = (4) 2.100 + (5) 712 + (6) 25 = 2.837; (7) 2.812 = 2.650 + 150 + 12; (11) 25 = 25 + 0. */
    static final String[] HOA_BINH = {"gần 2.840", "2.100", "712", "25", "2.812", "2.650", "150", "12", "25", "25", "0"
    };

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
    CurrentUser clerk;

    @BeforeEach
    void freshReport() {
        commune = RecordsFixture.commune(orgUnits, accounts);
        reportId = RecordsFixture.report(periods, reports, orgUnits, commune.unitId(), 2105);
        clerk = (CurrentUser) users.loadUserByUsername(commune.clerk());
    }

    MockHttpServletRequestBuilder form(String... figures) {
        MockHttpServletRequestBuilder b = post("/reports/" + reportId + "/dossier")
                .with(csrf())
                .with(user(clerk))
                .param("version", "0")
                .param("action", "save")
                .param("rows[0].label", "Xã Hòa Bình")
                .param("rows[0].groupKind", "UNIT");
        for (int i = 0; i < figures.length; i++) b.param("rows[0].values[" + i + "]", figures[i]);
        return b;
    }

    @Test
    void cellWordsAreReadAsTheIndicatorsQualifiers() {
        assertThat(DossierCells.parse("gần 2.840")).isEqualTo(new DossierCells.Parsed(true, 2840, Qualifier.APPROX));
        assertThat(DossierCells.parse("Khoảng 300")).isEqualTo(new DossierCells.Parsed(true, 300, Qualifier.ABOUT));
        assertThat(DossierCells.parse("ít nhất 3")).isEqualTo(new DossierCells.Parsed(true, 3, Qualifier.AT_LEAST));
        assertThat(DossierCells.parse("trên 1.000").qualifier()).isEqualTo(Qualifier.OVER);
        assertThat(DossierCells.parse("dưới 5").qualifier()).isEqualTo(Qualifier.UNDER);
        assertThat(DossierCells.parse("2.579")).isEqualTo(new DossierCells.Parsed(true, 2579, Qualifier.EXACT));
        assertThat(DossierCells.parse("gần").valid()).isFalse();
        assertThat(DossierCells.parse("gần abc").valid()).isFalse();
    }

    @Test
    void thePageSavesGanAndShowsANoteInsteadOfAnError() throws Exception {
        mvc.perform(form(HOA_BINH)).andExpect(status().is3xxRedirection());
        DossierRowView saved = service.rowsForReport(reportId).get(0);
        assertThat(saved.receivedTotal()).isEqualTo(2840);
        assertThat(saved.qualifiers()).isEqualTo(Map.of(DossierColumn.RECEIVED_TOTAL, Qualifier.APPROX));
        mvc.perform(get("/reports/" + reportId + "/dossier").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"gần 2.840\"")))
                .andExpect(content().string(containsString("cột (3) Tổng số")))
                .andExpect(content().string(containsString("= gần 2.840: khác (4) + (5) + (6) = 2.837. Số ước lượng")));
        // the same figures without «gần» are a hard error, nothing saved
        mvc.perform(form(
                                HOA_BINH[0].replace("gần ", ""),
                                "2.100",
                                "712",
                                "25",
                                "2.812",
                                "2.650",
                                "150",
                                "12",
                                "25",
                                "25",
                                "0")
                        .param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("phải bằng (4) + (5) + (6) = 2.837")));
        assertThat(service.rowsForReport(reportId).get(0).qualifiers()).containsKey(DossierColumn.RECEIVED_TOTAL);
    }

    @Test
    void theApiTakesAndGivesQualifiersAndRefusesUnknownOnesWith422() throws Exception {
        String row = """
                {"version": 0, "rows": [{"label": "Xã Hòa Bình", "receivedTotal": 2840, "receivedOnline": 2100,
                 "receivedDirect": 712, "receivedCarriedOver": 25, "resolvedTotal": 2812, "resolvedEarly": 2650,
                 "resolvedOnTime": 150, "resolvedLate": 12, "pendingTotal": 25, "pendingOnTime": 25, "pendingOverdue": 0,
                 "qualifiers": {"receivedTotal": "%s"}}]}""";
        String url = "/api/v1/reports/" + reportId + "/dossier-statistics";
        mvc.perform(put(url).with(httpBasic(commune.clerk(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(row.formatted("NEARLY")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].qualifiers.receivedTotal"))
                .andExpect(jsonPath("$.errors[0].message", containsString("«NEARLY» không phải là từ ước lượng")));
        mvc.perform(put(url).with(httpBasic(commune.clerk(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(row.formatted("APPROX").replace("\"receivedTotal\": 2840", "\"receivedTotal\": null")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath(
                        "$.errors[*].message",
                        hasItem(containsString(
                                "có từ ước lượng (gần, khoảng, trên, dưới, ít nhất) nhưng không có số"))));
        mvc.perform(put(url).with(httpBasic(commune.clerk(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(row.formatted("APPROX")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].qualifiers.receivedTotal").value("APPROX"))
                .andExpect(jsonPath("$.warnings[*].field", hasItem("rows[0].receivedTotal")));
        mvc.perform(get(url).with(httpBasic(commune.clerk(), "demo")))
                .andExpect(jsonPath("$.rows[0].qualifiers.receivedTotal").value("APPROX"))
                .andExpect(jsonPath("$.rows[0].qualifiers.resolvedTotal").doesNotExist());
    }

    @Test
    void docxPdfAndPreviewPrintGanAndTheChecksOnlyNoteIt() throws Exception {
        mvc.perform(form(HOA_BINH)).andExpect(status().is3xxRedirection());
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
        assertThat(RenderedText.docx(docx)).contains("gần 2.840").contains("2.812");
        assertThat(RenderedText.pdf(pdf).replaceAll("\\s+", " ")).contains("gần 2.840");
        mvc.perform(get("/reports/" + reportId + "/preview").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("gần 2.840")));
        mvc.perform(get("/api/v1/reports/" + reportId + "/checks").with(httpBasic(commune.clerk(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.rule == 'DOSSIER_ARITHMETIC' && @.severity == 'ERROR')]")
                        .isEmpty())
                .andExpect(jsonPath(
                        "$[?(@.rule == 'DOSSIER_ARITHMETIC' && @.severity == 'INFO')].message",
                        hasItem(
                                "Biểu 06, dòng «Xã Hòa Bình»: cột (3) ghi gần 2.840, các cột thành phần cộng lại được 2.837. "
                                        + "Đây là số ước lượng nên không coi là lỗi; nên ghi số chính xác nếu có.")));
    }
}
