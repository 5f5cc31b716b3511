package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;

/**
 * Every role × every status × every action, over the API on a fresh Liên Mạc report each time. Allowed steps
 * succeed and move the report; every other answer (403, 404, 409) leaves status, version, timeline and audit
 * trail exactly as they were.
 */
@IntegrationTest
class WorkflowPermissionMatrixTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    WorkflowFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new WorkflowFixtures(periods, reports, workflow, orgUnits, users, jdbc);
    }

    /**
     * The expected answer per action and status for: the commune's clerk, its chairman, its receiving office
     * (Phòng Nội vụ Thanh Hà), the administrator. Written out by hand from the issue, not computed.
     */
    static final String[] TABLE = {
        // action   status     clerk chair office admin
        "SUBMIT   DRAFT      200   403   403    403",
        "SUBMIT   SUBMITTED  409   403   403    403",
        "SUBMIT   RETURNED   200   403   403    403",
        "SUBMIT   SIGNED     409   403   403    403",
        "SUBMIT   ACCEPTED   409   403   403    403",
        "SIGN     DRAFT      403   409   403    403",
        "SIGN     SUBMITTED  403   200   403    403",
        "SIGN     RETURNED   403   409   403    403",
        "SIGN     SIGNED     403   409   403    403",
        "SIGN     ACCEPTED   403   409   403    403",
        "RETURN   DRAFT      403   409   409    403",
        "RETURN   SUBMITTED  403   200   403    403",
        "RETURN   RETURNED   403   409   409    403",
        "RETURN   SIGNED     403   403   200    403",
        "RETURN   ACCEPTED   403   409   409    403",
        "ACCEPT   DRAFT      403   403   409    403",
        "ACCEPT   SUBMITTED  403   403   409    403",
        "ACCEPT   RETURNED   403   403   409    403",
        "ACCEPT   SIGNED     403   403   200    403",
        "ACCEPT   ACCEPTED   403   403   409    403",
    };

    static final String[] ACTORS = {"lienmac-clerk", "lienmac-chair", "thanhha-noivu", "admin"};
    /** Another commune's clerk and another district's office may not even see a Liên Mạc report. */
    static final String[] OUTSIDERS = {"thanhhong-clerk", "tuky-noivu", "haiphong-snv", "habac-chair"};

    private static final Map<ReportStatus, Long> REFUSED_ON = new EnumMap<>(ReportStatus.class);

    static Stream<Arguments> cases() {
        List<Arguments> list = new ArrayList<>();
        for (String row : TABLE) {
            String[] c = row.trim().split("\\s+");
            for (int i = 0; i < ACTORS.length; i++) {
                list.add(Arguments.of(
                        WorkflowAction.valueOf(c[0]),
                        ReportStatus.valueOf(c[1]),
                        ACTORS[i],
                        Integer.parseInt(c[2 + i])));
            }
            for (String outsider : OUTSIDERS) {
                list.add(Arguments.of(WorkflowAction.valueOf(c[0]), ReportStatus.valueOf(c[1]), outsider, 404));
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0} on {1} by {2} → {3}")
    @MethodSource("cases")
    void everyRoleStateAndAction(WorkflowAction action, ReportStatus state, String username, int expected)
            throws Exception {
        // a refusal must change nothing (asserted below), so the refused cases of one status share one report;
        // each allowed transition gets a fresh one
        Report before = expected == 200
                ? fx.lienMacReportIn(state)
                : reports.getInternal(REFUSED_ON.computeIfAbsent(
                        state, s -> fx.lienMacReportIn(s).getId()));
        assertThat(before.getStatus()).isEqualTo(state);
        long id = before.getId();
        int transitions = fx.transitions(id);
        int audits = fx.audits(id);

        MvcResult result = mvc.perform(post("/api/v1/reports/" + id + "/" + action.path())
                        .with(httpBasic(username, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(action == WorkflowAction.RETURN ? "{\"comment\":\"Cần sửa số liệu mục II\"}" : "{}"))
                .andExpect(status().is(expected))
                .andReturn();

        Report after = reports.getInternal(id);
        if (expected == 200) {
            assertThat(after.getStatus()).isEqualTo(action.target());
            assertThat(after.getRevision()).isEqualTo(before.getRevision() + (action == WorkflowAction.RETURN ? 1 : 0));
            assertThat(fx.transitions(id)).isEqualTo(transitions + 1);
            assertThat(fx.audits(id)).isEqualTo(audits + 1);
            assertThat(result.getResponse().getContentAsString())
                    .contains(
                            "\"id\":" + id,
                            "\"status\":\"" + action.target() + "\"",
                            "\"version\":" + after.getRevision());
        } else {
            assertThat(after.getStatus()).isEqualTo(state);
            assertThat(after.getRevision()).isEqualTo(before.getRevision());
            assertThat(after.getLockVersion()).isEqualTo(before.getLockVersion());
            assertThat(fx.transitions(id)).isEqualTo(transitions);
            assertThat(fx.audits(id)).isEqualTo(audits);
            String body = result.getResponse().getContentAsString();
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            if (expected == 404) assertThat(body).doesNotContain("Liên Mạc");
            if (expected == 409)
                assertThat(body)
                        .containsAnyOf("Không thể trình", "Không thể ký", "Không thể trả lại", "Không thể tiếp nhận");
            if (expected == 403) assertThat(body).containsIgnoringCase("chỉ ");
        }
    }

    @Test
    void aReturnWithoutACommentIs422AndChangesNothing() throws Exception {
        Report r = fx.lienMacReportIn(ReportStatus.SUBMITTED);
        for (String body : List.of("{\"comment\":\"   \"}", "{}")) {
            mvc.perform(post("/api/v1/reports/" + r.getId() + "/return")
                            .with(httpBasic("lienmac-chair", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("comment"));
        }
        assertThat(reports.getInternal(r.getId()).getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(reports.getInternal(r.getId()).getRevision()).isEqualTo(1);
        assertThat(Map.of("transitions", fx.transitions(r.getId()))).containsEntry("transitions", 1);
    }
}
