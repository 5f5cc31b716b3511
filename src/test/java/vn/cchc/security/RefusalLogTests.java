package vn.cchc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.IntegrationTest;

/** A refused request leaves a log line naming the answer, the request, the account and the source address. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RefusalLogTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aForbiddenStepAndAProbeOfAnotherUnitAreLoggedWithTheAccountAndTheAddress(CapturedOutput output)
            throws Exception {
        long lienMac = jdbc.queryForObject(
                "select min(r.id) from report r join org_unit u on u.id = r.org_unit_id "
                        + "where u.name = 'xã Liên Mạc'",
                Long.class);
        // a clerk may not sign; another unit's clerk may not even see the report
        int signed = mvc.perform(post("/api/v1/reports/" + lienMac + "/sign")
                        .with(httpBasic("lienmac-clerk", "demo"))
                        .with(r -> {
                            r.setRemoteAddr("203.0.113.9");
                            return r;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andReturn()
                .getResponse()
                .getStatus();
        int probed = mvc.perform(get("/api/v1/reports/" + lienMac + "/checks")
                        .with(httpBasic("thanhhong-clerk", "demo"))
                        .with(r -> {
                            r.setRemoteAddr("198.51.100.4");
                            return r;
                        }))
                .andReturn()
                .getResponse()
                .getStatus();
        int anonymous = mvc.perform(get("/api/v1/reports?year=2023").with(r -> {
                    r.setRemoteAddr("192.0.2.7");
                    return r;
                }))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(output.getOut())
                .contains("Refused " + signed + " POST /api/v1/reports/" + lienMac
                        + "/sign user=lienmac-clerk from 203.0.113.9");
        assertThat(output.getOut())
                .contains("Refused " + probed + " GET /api/v1/reports/" + lienMac
                        + "/checks user=thanhhong-clerk from 198.51.100.4");
        assertThat(output.getOut()).contains("Refused 401 GET /api/v1/reports user=- from 192.0.2.7");
        assertThat(signed).isIn(403, 409);
        assertThat(probed).isIn(403, 404);
        assertThat(anonymous).isEqualTo(401);
    }
}
