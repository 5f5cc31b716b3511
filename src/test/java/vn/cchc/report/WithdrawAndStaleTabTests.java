package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.cchc.CookieSession;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.ForbiddenException;

/** The clerk withdraws a submission before the chairman acts; a tab left open on an older state is told so. */
@IntegrationTest
class WithdrawAndStaleTabTests {

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
    void theClerkWithdrawsBeforeTheChairmanActsNotAfter() throws Exception {
        long id = fx.lienMacReport(WorkflowFixtures.FAR_DEADLINE).getId();
        workflow.submit(fx.user("lienmac-clerk"), id, false);
        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/reports/" + id + "/workflow").with(user(fx.user("lienmac-clerk"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page).contains("id=\"withdraw-form\"", "Rút lại báo cáo đã trình");
        assertThatThrownBy(() -> workflow.withdraw(fx.user("lienmac-chair"), id))
                .isInstanceOf(ForbiddenException.class);

        MockHttpServletResponse r = mvc.perform(post("/reports/" + id + "/workflow/withdraw")
                        .param("seen", "SUBMITTED")
                        .with(user(fx.user("lienmac-clerk")))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(reports.getInternal(id).getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reports.getInternal(id).isEditable()).isTrue();
        assertThat(versions.timeline(fx.user("lienmac-clerk"), id))
                .extracting(ReportTransition::action)
                .contains(WorkflowAction.WITHDRAW);

        workflow.submit(fx.user("lienmac-clerk"), id, false);
        workflow.sign(fx.user("lienmac-chair"), id);
        assertThatThrownBy(() -> workflow.withdraw(fx.user("lienmac-clerk"), id))
                .isInstanceOf(ConflictException.class);
        assertThat(reports.getInternal(id).getStatus()).isEqualTo(ReportStatus.SIGNED);
    }

    @Test
    void aStaleTabGetsAVietnameseMessageAndKeepsTheTypedComment() throws Exception {
        long id = fx.lienMacReport(WorkflowFixtures.FAR_DEADLINE).getId();
        workflow.submit(fx.user("lienmac-clerk"), id, false);
        // the chairman's first tab returns the report; the second tab, still showing «Đã trình», tries to return it too
        workflow.returnTo(fx.user("lienmac-chair"), id, "Thiếu số liệu");
        CookieSession chair = new CookieSession(mvc);
        chair.perform(post("/login")
                .param("username", "lienmac-chair")
                .param("password", "demo")
                .with(csrf()));
        MockHttpServletResponse r = chair.perform(post("/reports/" + id + "/workflow/return")
                .param("seen", "SUBMITTED")
                .param("comment", "Ý kiến gõ ở tab cũ")
                .with(csrf()));
        assertThat(r.getStatus()).isEqualTo(302);
        String page = HtmlUtils.htmlUnescape(
                chair.perform(get("/reports/" + id + "/workflow")).getContentAsString());
        assertThat(page)
                .contains(
                        "Báo cáo đã chuyển từ «Đã trình Chủ tịch» sang «Bị trả lại»",
                        "ý kiến bạn đã gõ (nếu có) vẫn còn",
                        "Ý kiến gõ ở tab cũ");
        assertThat(versions.timeline(fx.user("lienmac-chair"), id))
                .filteredOn(t -> t.action() == WorkflowAction.RETURN)
                .hasSize(1);
    }

    @Test
    void theChairmanSeesWhatChangedSinceTheVersionHeReturned() throws Exception {
        long id = fx.lienMacReport(WorkflowFixtures.FAR_DEADLINE).getId();
        var clerk = fx.user("lienmac-clerk");
        reports.updateHeader(clerk, id, header("Kết quả công tác cải cách hành chính"));
        workflow.submit(clerk, id, false);
        workflow.returnTo(fx.user("lienmac-chair"), id, "Sửa trích yếu");
        assertThat(versions.changesSinceReturned(clerk, id)).hasValueSatisfying(v -> {
            assertThat(v.fromRevision()).isEqualTo(1);
            assertThat(v.changes()).isEmpty();
        });
        reports.updateHeader(clerk, id, header("Kết quả cải cách hành chính 6 tháng đầu năm 2024"));
        workflow.submit(clerk, id, false);
        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/reports/" + id + "/workflow").with(user(fx.user("lienmac-chair"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        String card = page.substring(page.indexOf("id=\"since-returned\""));
        assertThat(card)
                .contains(
                        "Thay đổi so với phiên bản 1 đã bị trả lại",
                        "Kết quả cải cách hành chính 6 tháng đầu năm 2024");
    }

    static ReportHeader header(String summary) {
        return new ReportHeader(
                null,
                null,
                List.of(summary, "trên địa bàn xã Liên Mạc"),
                "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH",
                "Phạm Văn Cảnh",
                List.of("- UBND huyện;", "- Lưu: VT."));
    }
}
