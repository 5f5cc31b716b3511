package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;

/**
 * What the chairman signs is what the clerk submitted (issue #10, item 3): the unit's register stays editable, so a
 * change after submission must not flow silently into the signed files; the checks run again at signing.
 */
@IntegrationTest
class SignWhatWasSubmittedTests {

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
    final List<Long> created = new ArrayList<>();

    /** The unit's register is shared by every Liên Mạc report of the window: leave no duplicate behind for others. */
    @AfterEach
    void removeDocuments() {
        for (Long id : created) {
            jdbc.update("delete from report_document where document_id = ?", id);
            jdbc.update("delete from issued_document_section where document_id = ?", id);
            jdbc.update("delete from issued_document where id = ?", id);
        }
    }

    @BeforeEach
    void setUp() {
        fx = new WorkflowFixtures(periods, reports, workflow, orgUnits, users, jdbc);
    }

    private long document(String number, String date, String summary) {
        Long id = jdbc.queryForObject("""
                insert into issued_document (org_unit_id, issuer_kind, issuer_name, doc_type, number_symbol, issued_on, summary)
                values (?, 'OWN', 'UBND xã Liên Mạc', 'KH', ?, cast(? as date), ?) returning id""", Long.class, fx.unit("LIEN_MAC"), number, date, summary);
        jdbc.update("insert into issued_document_section (document_id, section_code) values (?, 'I')", id);
        created.add(id);
        return id;
    }

    @Test
    void aDocumentEditedAfterSubmissionBlocksSigningAndIsShownToTheChairman() throws Exception {
        long id = fx.lienMacReport(WorkflowFixtures.FAR_DEADLINE).getId();
        String number = "7" + id + "/KH-UBND";
        long docId = document(number, "2024-01-15", "Kế hoạch tuyên truyền CCHC năm 2024");
        workflow.submit(fx.user("lienmac-clerk"), id, false);

        jdbc.update(
                "update issued_document set summary = 'Kế hoạch tuyên truyền (sửa sau khi trình)' where id = ?", docId);

        assertThatThrownBy(() -> workflow.sign(fx.user("lienmac-chair"), id))
                .isInstanceOfSatisfying(
                        ContentChangedSinceSubmissionException.class,
                        e -> assertThat(e.changes())
                                .extracting(c -> c.section() + "." + c.path())
                                .contains("documents.[" + number + "].summary"));
        assertThat(reports.getInternal(id).getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(versions.snapshots(fx.user("lienmac-chair"), id)).isEmpty();

        // the API says why, in Vietnamese, with the changes
        mvc.perform(post("/api/v1/reports/" + id + "/sign")
                        .with(httpBasic("lienmac-chair", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("đã thay đổi")))
                .andExpect(jsonPath("$.blockedBy").value("CHANGED_SINCE_SUBMISSION"))
                .andExpect(jsonPath("$.changes[0].after", containsString("sửa sau khi trình")));
        // the chairman's page shows the change
        mvc.perform(get("/reports/" + id + "/workflow").with(user(fx.user("lienmac-chair"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thay đổi từ khi công chức trình")))
                .andExpect(content().string(containsString("Kế hoạch tuyên truyền (sửa sau khi trình)")));

        // returned and submitted again, the new content is what gets signed
        workflow.returnTo(fx.user("lienmac-chair"), id, "Văn bản đã sửa, trình lại");
        workflow.submit(fx.user("lienmac-clerk"), id, false);
        workflow.sign(fx.user("lienmac-chair"), id);
        assertThat(reports.getInternal(id).getStatus()).isEqualTo(ReportStatus.SIGNED);
    }

    @Test
    void aDuplicateNumberAddedAfterSubmissionIsFoundAgainAtSigning() throws Exception {
        long id = fx.lienMacReport(WorkflowFixtures.FAR_DEADLINE).getId();
        String number = "8" + id + "/KH-UBND";
        document(number, "2024-02-01", "Kế hoạch kiểm tra CCHC năm 2024");
        workflow.submit(fx.user("lienmac-clerk"), id, false);

        // the same number again, dated after the report's window: not part of its content, but a duplicate in the year
        document(number, "2024-09-01", "Kế hoạch khác, trùng số");

        mvc.perform(post("/api/v1/reports/" + id + "/sign")
                        .with(httpBasic("lienmac-chair", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Không thể ký")))
                .andExpect(jsonPath("$.blockedBy").value("ERRORS"))
                .andExpect(
                        jsonPath("$.findings[?(@.rule == 'DUPLICATE_NUMBER')]").exists());
        assertThat(reports.getInternal(id).getStatus()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void unchangedContentSignsAsBefore() {
        Report r = fx.lienMacReportIn(ReportStatus.SIGNED);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.SIGNED);
        assertThat(versions.changesSinceSubmission(fx.user("lienmac-chair"), r.getId()))
                .isEmpty();
    }
}
