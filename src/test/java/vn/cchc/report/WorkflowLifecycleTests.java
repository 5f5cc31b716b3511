package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.DispatcherServlet;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;

@IntegrationTest
class WorkflowLifecycleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportVersions versions;

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

    @Test
    void submissionPastTheDeadlineIsMarkedLateAndOnTimeIsNot() throws Exception {
        Report late = fx.lienMacReport(LocalDate.of(2024, 6, 15));
        mvc.perform(post("/api/v1/reports/" + late.getId() + "/submit").with(httpBasic("lienmac-clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.submittedLate").value(true));
        assertThat(reports.getInternal(late.getId()).isSubmittedLate()).isTrue();
        assertThat(versions.timeline(fx.user("lienmac-clerk"), late.getId())
                        .get(0)
                        .late())
                .isTrue();
        assertThat(reports.visible(fx.user("thanhha-noivu"), 2024, null))
                .filteredOn(s -> s.id().equals(late.getId()))
                .singleElement()
                .satisfies(s -> assertThat(s.submittedLate()).isTrue());
        mvc.perform(get("/reports/" + late.getId() + "/workflow").with(user(fx.user("lienmac-chair"))))
                .andExpect(content().string(containsString("Nộp muộn (sau hạn 15/06/2024)")));

        Report onTime = fx.lienMacReport(WorkflowFixtures.FAR_DEADLINE);
        workflow.submit(fx.user("lienmac-clerk"), onTime.getId(), false);
        assertThat(reports.getInternal(onTime.getId()).isSubmittedLate()).isFalse();
    }

    @Test
    void eachTransitionIsInTheTimelineTheAuditTrailAndPublishedAsAnEvent() throws Exception {
        Report r = fx.lienMacReport(WorkflowFixtures.FAR_DEADLINE);
        long id = r.getId();
        workflow.submit(fx.user("lienmac-clerk"), id, false);
        workflow.returnTo(fx.user("lienmac-chair"), id, "Thiếu số liệu mục II.2");
        mvc.perform(get("/reports/" + id + "/workflow").with(user(fx.user("lienmac-clerk"))))
                .andExpect(content().string(containsString("id=\"return-reason\"")))
                .andExpect(content().string(containsString("ý kiến của Phạm Văn Cảnh")))
                .andExpect(content().string(containsString("Thiếu số liệu mục II.2")));
        workflow.submit(fx.user("lienmac-clerk"), id, false);
        workflow.sign(fx.user("lienmac-chair"), id);
        workflow.accept(fx.user("thanhha-noivu"), id);

        List<ReportTransition> timeline = versions.timeline(fx.user("thanhha-noivu"), id);
        assertThat(timeline)
                .extracting(t -> t.action() + ":" + t.from() + "->" + t.to() + "@" + t.revision())
                .containsExactly(
                        "SUBMIT:DRAFT->SUBMITTED@1",
                        "RETURN:SUBMITTED->RETURNED@1",
                        "SUBMIT:RETURNED->SUBMITTED@2",
                        "SIGN:SUBMITTED->SIGNED@2",
                        "ACCEPT:SIGNED->ACCEPTED@2");
        assertThat(timeline.get(1).comment()).isEqualTo("Thiếu số liệu mục II.2");
        assertThat(timeline.get(1).actorName()).isEqualTo("Phạm Văn Cảnh");
        assertThat(timeline.get(4).actor()).isEqualTo("thanhha-noivu");
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where report_id = ? and entity_type = 'Report' "
                                + "and action <> 'CREATE' order by id",
                        String.class,
                        id))
                .containsExactly("SUBMIT", "RETURN", "SUBMIT", "SIGN", "ACCEPT");

        // Returning from SUBMITTED made no signed version: only version 2 was signed.
        assertThat(versions.snapshots(fx.user("lienmac-clerk"), id))
                .extracting(ReportSnapshot::revision)
                .containsExactly(2);
    }

    @Test
    void since2025ACommuneReportsToTheProvinceOffice() throws Exception {
        Report r = fx.report(
                "HA_BAC",
                "HAI_PHONG",
                2026,
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2026, 3, 14),
                WorkflowFixtures.FAR_DEADLINE);
        long id = r.getId();
        assertThat(workflow.receivingOffice(r))
                .hasValueSatisfying(o -> assertThat(o.getCode()).isEqualTo("HAI_PHONG"));
        workflow.submit(fx.user("habac-clerk"), id, false);
        workflow.sign(fx.user("habac-chair"), id);
        mvc.perform(post("/api/v1/reports/" + id + "/accept").with(httpBasic("thanhha-noivu", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/reports/" + id + "/accept").with(httpBasic("haiphong-snv", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void thePageShowsEachUserOnlyTheirActionsAndRunsTheFlow() throws Exception {
        Report r = fx.lienMacReport(WorkflowFixtures.FAR_DEADLINE);
        long id = r.getId();
        String page = "/reports/" + id + "/workflow";
        mvc.perform(get(page).with(user(fx.user("lienmac-clerk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"submit-form\"")))
                .andExpect(content().string(containsString("huyện Thanh Hà")))
                .andExpect(content().string(not(containsString("id=\"sign-form\""))));
        mvc.perform(get(page).with(user(fx.user("lienmac-chair"))))
                .andExpect(content().string(not(containsString("id=\"submit-form\""))))
                .andExpect(content().string(containsString("Ở trạng thái này bạn không có thao tác nào")));

        mvc.perform(post(page + "/submit").with(user(fx.user("lienmac-clerk"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(user(fx.user("lienmac-chair"))))
                .andExpect(content().string(containsString("id=\"sign-form\"")))
                .andExpect(content().string(containsString("id=\"return-form\"")));
        mvc.perform(post(page + "/return")
                        .param("comment", " ")
                        .with(user(fx.user("lienmac-chair")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.getInternal(id).getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        mvc.perform(get(page).with(user(fx.user("lienmac-chair"))))
                .andExpect(content().string(containsString("Báo cáo đang chờ Chủ tịch UBND xã xem xét")))
                .andExpect(content().string(not(containsString("Báo cáo đã ký được giữ nguyên"))));
        mvc.perform(post(page + "/sign").with(user(fx.user("lienmac-chair"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(user(fx.user("thanhha-noivu"))))
                .andExpect(content().string(containsString("id=\"accept-form\"")))
                .andExpect(content().string(containsString("/reports/" + id + "/versions/1/document.pdf")));
        // A page action the state does not allow: the friendly 409 page with the reason.
        mvc.perform(post(page + "/sign").with(user(fx.user("lienmac-chair"))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Không thể ký: báo cáo đang ở trạng thái «Đã ký»")));
        mvc.perform(post(page + "/accept").with(user(fx.user("lienmac-clerk"))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/accept").with(user(fx.user("thanhha-noivu"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.getInternal(id).getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        mvc.perform(get(page).with(user(fx.user("thanhhong-clerk")))).andExpect(status().isNotFound());
    }

    @Test
    void blockingErrorsAreListedWithLinksAndWarningsOfferSubmitAnyway() throws Exception {
        Report r = fx.lienMacReport(WorkflowFixtures.FAR_DEADLINE);
        String page = "/reports/" + r.getId() + "/workflow";
        List<SubmissionFinding> findings = List.of(
                new SubmissionFinding(
                        "DOSSIER_SUM",
                        SubmissionFinding.Severity.ERROR,
                        "Tổng số hồ sơ tiếp nhận (3): phải bằng (4) + (5) + (6) = 2.579.",
                        "/reports/" + r.getId() + "/dossier#row-1"),
                new SubmissionFinding(
                        "DOC_DATE", SubmissionFinding.Severity.WARNING, "Văn bản 36/KH-UBND: ngày ngoài kỳ.", "DOC:5"));
        // What the submit action hands to the page when the checks block it (flash attribute "findings"; flash maps
        // live in the database-kept session, so the test hands it to the request as the DispatcherServlet would).
        mvc.perform(get(page)
                        .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, Map.of("findings", findings))
                        .with(user(fx.user("lienmac-clerk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lỗi phải sửa trước khi trình (1)")))
                .andExpect(content().string(containsString("href=\"/reports/" + r.getId() + "/dossier#row-1\"")))
                .andExpect(content().string(containsString("Cảnh báo (1)")))
                .andExpect(content().string(containsString("href=\"/reports/" + r.getId() + "/checks\"")))
                .andExpect(content().string(containsString("name=\"confirmWarnings\"")))
                .andExpect(content().string(containsString("disabled")));
        mvc.perform(get(page)
                        .requestAttr(
                                DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE,
                                Map.of("findings", List.of(findings.get(1))))
                        .with(user(fx.user("lienmac-clerk"))))
                .andExpect(content().string(containsString("Vẫn trình ký")))
                .andExpect(content().string(not(containsString("disabled"))));
    }

    @Test
    void theDashboardTellsEachPersonWhatWaitsForThem() throws Exception {
        Report submitted = fx.lienMacReportIn(ReportStatus.SUBMITTED);
        Report signed = fx.lienMacReportIn(ReportStatus.SIGNED);
        var chairWaiting = workflow.waitingFor(fx.user("lienmac-chair"));
        assertThat(chairWaiting.get(WorkflowAction.SIGN))
                .extracting(ReportSummary::id)
                .contains(submitted.getId())
                .doesNotContain(signed.getId());
        var officeWaiting = workflow.waitingFor(fx.user("thanhha-noivu"));
        assertThat(officeWaiting.get(WorkflowAction.ACCEPT))
                .extracting(ReportSummary::id)
                .contains(signed.getId())
                .doesNotContain(submitted.getId());
        assertThat(workflow.waitingFor(fx.user("tuky-noivu")).get(WorkflowAction.ACCEPT))
                .extracting(ReportSummary::id)
                .doesNotContain(signed.getId());
        assertThat(workflow.waitingFor(fx.user("lienmac-clerk")).get(WorkflowAction.SUBMIT))
                .extracting(ReportSummary::id)
                .doesNotContain(submitted.getId(), signed.getId());
        mvc.perform(get("/").with(user(fx.user("lienmac-chair"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"waiting-SIGN\"")))
                .andExpect(content().string(containsString("Chờ bạn ký")))
                .andExpect(content().string(containsString("/reports/" + submitted.getId() + "/workflow")));
        mvc.perform(get("/").with(user(fx.user("thanhha-noivu"))))
                .andExpect(content().string(containsString("Chờ bạn tiếp nhận")))
                .andExpect(content().string(containsString("/reports/" + signed.getId() + "/workflow")));
    }
}
