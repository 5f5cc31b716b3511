package vn.cchc.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.cchc.IntegrationTest;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.ReportStatus;
import vn.cchc.report.ReportWorkflow;
import vn.cchc.report.Reports;
import vn.cchc.report.SubmissionBlockedException;
import vn.cchc.report.SubmissionFinding;
import vn.cchc.shared.ValidationFailedException;

/**
 * Giải trình on Liên Mạc's 2023 report (its real duplicate number 16/KH-UBND): explained, the finding lets the
 * report be submitted; unexplained, it blocks; the chairman reads the explanation beside the finding. Rolled back.
 */
@IntegrationTest
@Transactional
class FindingExplanationsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportChecks checks;

    @Autowired
    FindingExplanations explanations;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    Reports reports;

    @Autowired
    UserDetailsService users;

    CurrentUser account(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    long lienMac2023() {
        return reports.visible((UnitViewer) users.loadUserByUsername("lienmac-clerk"), 2023, null)
                .get(0)
                .id();
    }

    @Test
    void anExplainedDuplicateNumberLetsTheReportBeSubmittedAnUnexplainedOneBlocks() throws Exception {
        long id = lienMac2023();
        CurrentUser clerk = account("lienmac-clerk");
        // every other error of the demo explained first, so the duplicate number is what decides
        for (Finding f : checks.run(id)) {
            if (f.severity() == Severity.ERROR && !f.rule().equals("DUPLICATE_NUMBER")) {
                explanations.explain(clerk, id, f.rule(), f.message(), "Đúng thực tế, đã đối chiếu sổ.");
            }
        }
        Finding duplicate = checks.run(id).stream()
                .filter(f -> f.rule().equals("DUPLICATE_NUMBER"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> workflow.submit(clerk, id, true))
                .isInstanceOfSatisfying(
                        SubmissionBlockedException.class,
                        e -> assertThat(e.findings())
                                .filteredOn(SubmissionFinding::blocks)
                                .extracting(SubmissionFinding::rule)
                                .containsExactly("DUPLICATE_NUMBER"));

        mvc.perform(post("/reports/" + id + "/checks/explanations")
                .with(user(clerk))
                .with(csrf())
                .param("rule", duplicate.rule())
                .param("message", duplicate.message())
                .param(
                        "explanation",
                        "Số 16/KH-UBND thực tế đã cấp hai lần trong năm; văn bản sau đã được đính chính."));
        assertThat(workflow.submit(clerk, id, true).getStatus()).isEqualTo(ReportStatus.SUBMITTED);

        String chairPage = HtmlUtils.htmlUnescape(
                mvc.perform(get("/reports/" + id + "/checks").with(user(account("lienmac-chair"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(chairPage)
                .contains("Đã giải trình", "thực tế đã cấp hai lần trong năm")
                .doesNotContain("Lưu giải trình");
        assertThat(workflow.findings(account("lienmac-chair"), id))
                .filteredOn(f -> f.rule().equals("DUPLICATE_NUMBER"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Giải trình: Số 16/KH-UBND"));
    }

    @Test
    void theArithmeticCannotBeExplainedNorCanTheChairmanExplain() throws Exception {
        assertThat(FindingExplanations.explainable(new Finding("DOSSIER_ARITHMETIC", Severity.ERROR, "x", null)))
                .isFalse();
        assertThat(FindingExplanations.explainable(new Finding("DUPLICATE_NUMBER", Severity.ERROR, "x", null)))
                .isTrue();
        long id = lienMac2023();
        assertThatThrownBy(
                        () -> explanations.explain(account("lienmac-clerk"), id, "DOSSIER_ARITHMETIC", "không có", "x"))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations().get(0).message())
                                .startsWith("Giải trình: kết quả kiểm tra này không còn"));
        Finding duplicate = checks.run(id).stream()
                .filter(f -> f.rule().equals("DUPLICATE_NUMBER"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() ->
                        explanations.explain(account("lienmac-clerk"), id, duplicate.rule(), duplicate.message(), " "))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations().get(0).message())
                                .isEqualTo("Giải trình: bắt buộc, hãy ghi một câu nêu lý do không sửa được."));
        assertThat(mvc.perform(post("/reports/" + id + "/checks/explanations")
                                .with(user(account("lienmac-chair")))
                                .with(csrf())
                                .param("rule", duplicate.rule())
                                .param("message", duplicate.message())
                                .param("explanation", "Chủ tịch"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(explanations.forReport(id)).isEmpty();
    }

    @Test
    void openRecordLinksPointAtTheExactField() throws Exception {
        long id = lienMac2023();
        String page = mvc.perform(get("/reports/" + id + "/checks").with(user(account("lienmac-clerk"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .containsPattern("href=\"/reports/" + id + "/documents/\\d+#numberSymbol\"")
                .containsPattern("href=\"/reports/" + id + "/documents/\\d+#issuedOn\"")
                .contains("data-finding=", "Lưu giải trình");
    }
}
