package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.OrgUnits;

/** {@code GET /api/v1/par-index/...} on the demo's 2023 appraisal of the five Thanh Hà communes. */
@IntegrationTest
class ParIndexApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgUnits orgUnits;

    final JsonMapper json = JsonMapper.builder().build();

    MockHttpServletResponse call(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, "demo"))).andReturn().getResponse();
    }

    @Test
    void theOfficeGetsItsCommunesRankedWithTheTieShared() throws Exception {
        MockHttpServletResponse r = call("/api/v1/par-index/results?year=2023", "thanhha-noivu");
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode rows = json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).get("orgUnitName").asString()).isEqualTo("xã Thanh Hồng");
        assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(rows.get(1).get("orgUnitName").asString()).isEqualTo("xã Thanh Xá");
        assertThat(rows.get(1).get("rank").asInt()).isEqualTo(1);
        assertThat(rows.get(2).get("orgUnitName").asString()).isEqualTo("xã Liên Mạc");
        assertThat(rows.get(2).get("rank").asInt()).isEqualTo(3);
        assertThat(rows.get(2).get("selfScore").decimalValue()).isEqualByComparingTo("60");
        assertThat(rows.get(2).get("appraisedScore").decimalValue()).isEqualByComparingTo("97.95");
        assertThat(rows.get(2).get("orgUnitId").asLong())
                .isEqualTo(orgUnits.byCode("LIEN_MAC").orElseThrow().getId());
        assertThat(rows.get(4).get("rank").asInt()).isEqualTo(5);
    }

    @Test
    void aCommuneSeesItsOwnAssessmentAndNotTheResults() throws Exception {
        long lienMac = orgUnits.byCode("LIEN_MAC").orElseThrow().getId();
        MockHttpServletResponse own = call("/api/v1/par-index/units/" + lienMac + "/2023", "lienmac-clerk");
        assertThat(own.getStatus()).isEqualTo(200);
        JsonNode a = json.readTree(own.getContentAsString(StandardCharsets.UTF_8));
        assertThat(a.get("status").asString()).isEqualTo("FINAL");
        assertThat(a.get("band").asString()).isEqualTo("Xuất sắc");
        JsonNode lowered = null;
        for (JsonNode s : a.get("scores")) if (s.get("code").asString().equals("3.3.2")) lowered = s;
        assertThat(lowered.get("appraisedPoints").decimalValue()).isEqualByComparingTo("0");
        assertThat(lowered.get("appraisalReason").asString()).contains("xin lỗi");
        MockHttpServletResponse refused = call("/api/v1/par-index/results?year=2023", "lienmac-clerk");
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(call("/api/v1/par-index/units/" + lienMac + "/2023", "thanhhong-clerk")
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theResultsComeAsFiles() throws Exception {
        MockHttpServletResponse x = call("/api/v1/par-index/results.xlsx?year=2023", "thanhha-noivu");
        assertThat(x.getStatus()).isEqualTo(200);
        assertThat(x.getHeader("Content-Disposition")).contains("ket-qua-chi-so-cchc-huyen-thanh-ha-2023.xlsx");
        MockHttpServletResponse p = call("/api/v1/par-index/results.pdf?year=2023", "thanhha-noivu");
        assertThat(p.getContentAsByteArray()).startsWith('%', 'P', 'D', 'F');
    }
}
