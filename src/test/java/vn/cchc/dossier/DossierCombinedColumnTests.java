package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipInputStream;
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
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.rendering.support.RenderedText;
import vn.cchc.report.Reports;

/**
 * «Trước hạn và đúng hạn» reported as one figure (issue 13): (7) 1.538 = 1.530 combined + 8 late. Figures made up
 * in the shape of public ward reports (not Liên Mạc's).
 */
@IntegrationTest
class DossierCombinedColumnTests {

    static final String ROW = """
            {"version": %d, "rows": [{"label": "Phường Tân An", "receivedTotal": 1560, "receivedOnline": 1200,
             "receivedDirect": 340, "receivedCarriedOver": 20, "resolvedTotal": %d, "resolvedEarly": %s,
             "resolvedEarlyAndOnTime": 1530, "resolvedLate": 8, "pendingTotal": 22, "pendingOnTime": 20,
             "pendingOverdue": 2}]}""";

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
        reportId = RecordsFixture.report(periods, reports, orgUnits, commune.unitId(), 2106);
        clerk = (CurrentUser) users.loadUserByUsername(commune.clerk());
    }

    String url() {
        return "/api/v1/reports/" + reportId + "/dossier-statistics";
    }

    MockHttpServletRequestBuilder form(String early) {
        MockHttpServletRequestBuilder b = post("/reports/" + reportId + "/dossier")
                .with(csrf())
                .with(user(clerk))
                .param("version", "0")
                .param("action", "save")
                .param("rows[0].label", "Phường Tân An")
                .param("rows[0].groupKind", "UNIT")
                .param("rows[0].combined", "true");
        String[] f = {"1.560", "1.200", "340", "20", "1.538", early, "1.530", "8", "22", "20", "2"};
        for (int i = 0; i < f.length; i++) b.param("rows[0].values[" + i + "]", f[i]);
        return b;
    }

    @Test
    void theApiAcceptsCombinedPlusLateEqualsResolvedAndRefusesWhatDoesNotAddUp() throws Exception {
        mvc.perform(put(url())
                        .with(httpBasic(commune.clerk(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ROW.formatted(0, 1540, "null")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message", containsString("= 1.540: phải bằng (9) + (10) = 1.538")));
        mvc.perform(put(url())
                        .with(httpBasic(commune.clerk(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ROW.formatted(0, 1538, "5")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].resolvedEarlyAndOnTime"));
        mvc.perform(put(url())
                        .with(httpBasic(commune.clerk(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ROW.formatted(0, 1538, "null")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].resolvedEarlyAndOnTime").value(1530))
                .andExpect(jsonPath("$.rows[0].resolvedOnTime").doesNotExist());
        DossierRowView saved = service.rowsForReport(reportId).get(0);
        assertThat(saved.earlyOnTimeCombined()).isTrue();
        assertThat(saved.resolvedOnTime()).isEqualTo(1530);
        assertThat(saved.resolvedEarly()).isNull();
    }

    @Test
    void thePageTakesTheCombinedBoxAndRefusesAFigureInColumn8() throws Exception {
        mvc.perform(form("5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cột (8) Trước hạn phải để trống (đang ghi 5)")));
        assertThat(service.rowsForReport(reportId)).isEmpty();
        mvc.perform(form("")).andExpect(status().is3xxRedirection());
        assertThat(service.rowsForReport(reportId).get(0).earlyOnTimeCombined()).isTrue();
        mvc.perform(get("/reports/" + reportId + "/dossier").with(user(clerk)))
                .andExpect(content().string(containsString("checked=\"checked\"")))
                .andExpect(content().string(containsString("99,48 %")));
    }

    @Test
    void theReportPrintsTheCombinedFigureAcrossColumns8And9AndTheChecksAcceptIt() throws Exception {
        mvc.perform(form("")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reports/" + reportId + "/preview").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td colspan=\"2\">1.530</td>")));
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
        assertThat(RenderedText.docx(docx)).contains("1.530").contains("1.538");
        assertThat(RenderedText.pdf(pdf)).contains("1.530");
        assertThat(new String(docx.length > 0 ? unzipDocument(docx) : new byte[0], StandardCharsets.UTF_8))
                .contains("w:gridSpan w:val=\"2\"");
        mvc.perform(get("/api/v1/reports/" + reportId + "/checks").with(httpBasic(commune.clerk(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.rule == 'DOSSIER_ARITHMETIC')]").isEmpty());
    }

    static byte[] unzipDocument(byte[] docx) throws Exception {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) return zip.readAllBytes();
            }
        }
        return new byte[0];
    }
}
