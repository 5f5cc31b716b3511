package vn.cchc.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.CookieSession;
import vn.cchc.IntegrationTest;
import vn.cchc.RecordsFixture;
import vn.cchc.RecordsFixture.Fresh;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.ReportHeader;
import vn.cchc.report.Reports;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.ConflictException;

@IntegrationTest
class NarrativeRecordsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Narratives narratives;

    @Autowired
    AssignedTasks tasks;

    @Autowired
    AuditTrail audit;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    JdbcTemplate jdbc;

    RecordsFixture fixture;
    Fresh f;

    @BeforeEach
    void setUp() {
        fixture = new RecordsFixture(orgUnits, periods, reports, jdbc);
        f = fixture.commune(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 14));
    }

    @Test
    void thePageSavesTheSectionsAndAuditsThem() throws Exception {
        mvc.perform(post("/reports/" + f.reportId() + "/narrative")
                        .with(user(f.clerk()))
                        .with(csrf())
                        .param("rows[0].code", "I")
                        .param("rows[0].body", "UBND xã ban hành {{doc:1}}.\r\n\r\n- Ý thứ nhất")
                        .param("rows[1].code", "II.6")
                        .param("rows[1].body", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(narratives.forReport(f.reportId()))
                .containsExactly(Map.entry("I", "UBND xã ban hành {{doc:1}}.\n\n- Ý thứ nhất"));
        assertThat(audit.forReport(f.reportId()))
                .anySatisfy(e -> assertThat(e.after()).contains("Ý thứ nhất"));
        mvc.perform(get("/reports/" + f.reportId() + "/narrative").with(user(f.clerk())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH")))
                .andExpect(content().string(containsString("{{table:dossier}}")))
                .andExpect(content().string(containsString("Ý thứ nhất")));
    }

    /** A token that points at nothing is said when the text is saved, with a link to its section. */
    @Test
    void aBrokenTokenIsFlaggedRightAfterTheSave() throws Exception {
        CookieSession browser = new CookieSession(mvc);
        var saved = browser.perform(post("/reports/" + f.reportId() + "/narrative")
                .with(user(f.clerk()))
                .with(csrf())
                .param("rows[0].code", "I")
                .param("rows[0].body", "Tỷ lệ đạt {{ind:KHONG_CO_MA_NAY}} và {{table:dossier}}."));
        assertThat(saved.getStatus()).isEqualTo(302);
        String page = browser.perform(get(saved.getRedirectedUrl()).with(user(f.clerk())))
                .getContentAsString();
        assertThat(page)
                .contains("id=\"token-problems\"")
                .contains("Đã lưu, nhưng 2 mã chèn")
                .contains("{{ind:KHONG_CO_MA_NAY}}")
                .contains("{{table:dossier}}")
                .contains("href=\"/reports/" + f.reportId() + "/narrative");

        // a clean text: no warning
        var clean = browser.perform(post("/reports/" + f.reportId() + "/narrative")
                .with(user(f.clerk()))
                .with(csrf())
                .param("rows[0].code", "I")
                .param("rows[0].body", "Không có mã chèn.")
                .param(
                        "rows[0].version",
                        String.valueOf(narratives.sections(f.clerk(), f.reportId()).stream()
                                .filter(x -> x.sectionCode().equals("I"))
                                .findFirst()
                                .orElseThrow()
                                .version())));
        assertThat(browser.perform(get(clean.getRedirectedUrl()).with(user(f.clerk())))
                        .getContentAsString())
                .doesNotContain("token-problems");
    }

    @Test
    void twoSavesFromTheSameVersionTheSecondIsRefusedTheFirstKept() throws Exception {
        narratives.save(f.clerk(), f.reportId(), List.of(new SectionText("II.1", "bản đầu", null)));
        Long v0 = narratives.sections(f.clerk(), f.reportId()).stream()
                .filter(s -> s.sectionCode().equals("II.1"))
                .findFirst()
                .orElseThrow()
                .version();
        narratives.save(f.clerk(), f.reportId(), List.of(new SectionText("II.1", "người thứ nhất", v0)));
        assertThatThrownBy(() ->
                        narratives.save(f.clerk(), f.reportId(), List.of(new SectionText("II.1", "người thứ hai", v0))))
                .isInstanceOfSatisfying(
                        StaleSectionsException.class,
                        e -> assertThat(e.sectionCodes()).containsExactly("II.1"));
        assertThat(narratives.forReport(f.reportId()).get("II.1")).isEqualTo("người thứ nhất");
        mvc.perform(post("/reports/" + f.reportId() + "/narrative")
                        .with(user(f.clerk()))
                        .with(csrf())
                        .param("rows[0].code", "II.1")
                        .param("rows[0].body", "người thứ ba")
                        .param("rows[0].version", String.valueOf(v0)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dữ liệu đã được người khác thay đổi")))
                .andExpect(content().string(containsString("người thứ ba")));
        assertThat(narratives.forReport(f.reportId()).get("II.1")).isEqualTo("người thứ nhất");
    }

    @Test
    void startFromLastPeriodsTextFillsOnlyEmptySectionsUnlessConfirmed() throws Exception {
        long older = fixture.reportFor(f.unitId(), LocalDate.of(2021, 12, 15), LocalDate.of(2022, 12, 14));
        long previous = fixture.reportFor(f.unitId(), LocalDate.of(2022, 12, 15), LocalDate.of(2023, 12, 14));
        narratives.save(f.clerk(), older, List.of(new SectionText("I", "văn bản năm 2022", null)));
        narratives.save(
                f.clerk(),
                previous,
                List.of(
                        new SectionText("I", "chỉ đạo năm 2023", null),
                        new SectionText("IV", "phương hướng năm 2024", null)));
        narratives.save(f.clerk(), f.reportId(), List.of(new SectionText("IV", "đã viết cho năm 2025", null)));

        mvc.perform(post("/reports/" + f.reportId() + "/narrative/copy-previous")
                        .with(user(f.clerk()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(narratives.forReport(f.reportId()))
                .containsEntry("I", "chỉ đạo năm 2023")
                .containsEntry("IV", "đã viết cho năm 2025");

        CopyResult r = narratives.copyFromPrevious(f.clerk(), f.reportId(), true);
        assertThat(r.previousReportId()).isEqualTo(previous);
        assertThat(narratives.forReport(f.reportId())).containsEntry("IV", "phương hướng năm 2024");
    }

    @Test
    void tasksAreCreatedEditedValidatedAndDeleted() throws Exception {
        mvc.perform(post("/reports/" + f.reportId() + "/tasks")
                        .with(user(f.clerk()))
                        .with(csrf())
                        .param("assignedBy", "")
                        .param("content", "")
                        .param("deadline", "32/13/2024")
                        .param("status", "DONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cơ quan, người giao: bắt buộc")))
                .andExpect(content().string(containsString("Nội dung nhiệm vụ: bắt buộc")))
                .andExpect(content().string(containsString("Thời hạn: không hợp lệ")));
        assertThat(tasks.forReport(f.reportId())).isEmpty();

        mvc.perform(post("/reports/" + f.reportId() + "/tasks")
                        .with(user(f.clerk()))
                        .with(csrf())
                        .param("assignedBy", "Chủ tịch UBND huyện")
                        .param("sourceDocument", "Công văn số 126/UBND - NV")
                        .param("content", "Rà soát TTHC")
                        .param("deadline", "30/06/2024")
                        .param("status", "IN_PROGRESS"))
                .andExpect(status().is3xxRedirection());
        TaskView t = tasks.forReport(f.reportId()).get(0);
        assertThat(t.position()).isEqualTo(1);
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
        mvc.perform(get("/reports/" + f.reportId() + "/tasks").with(user(f.clerk())))
                .andExpect(content().string(containsString("Đang thực hiện")));

        TaskView done = tasks.update(
                f.clerk(),
                f.reportId(),
                t.id(),
                new TaskInput(
                        null,
                        "Chủ tịch UBND huyện",
                        null,
                        "Rà soát TTHC",
                        null,
                        "DONE_LATE",
                        "Hoàn thành ngày 05/07/2024"),
                t.version());
        assertThat(done.status()).isEqualTo("DONE_LATE");
        assertThatThrownBy(() -> tasks.update(
                        f.clerk(),
                        f.reportId(),
                        t.id(),
                        new TaskInput(null, "UBND huyện", null, "khác", null, "NOT_DONE", null),
                        t.version()))
                .isInstanceOf(ConflictException.class);
        assertThat(tasks.forReport(f.reportId()).get(0).status()).isEqualTo("DONE_LATE");
        assertThat(audit.forEntity(AssignedTasks.ENTITY, t.id()).get(0).before())
                .contains("IN_PROGRESS");

        fixture.setStatus(f.reportId(), "SUBMITTED");
        mvc.perform(post("/reports/" + f.reportId() + "/tasks/" + t.id() + "/delete")
                        .with(user(f.clerk()))
                        .with(csrf())
                        .param("version", String.valueOf(done.version())))
                .andExpect(status().isConflict());
        fixture.setStatus(f.reportId(), "RETURNED");
        tasks.delete(f.clerk(), f.reportId(), t.id(), done.version());
        assertThat(tasks.forReport(f.reportId())).isEmpty();
    }

    @Test
    void theHeaderFormUpdatesTheReport() throws Exception {
        long lock = reports.getInternal(f.reportId()).getLockVersion();
        mvc.perform(post("/reports/" + f.reportId() + "/header")
                        .with(user(f.clerk()))
                        .with(csrf())
                        .param("numberSymbol", "12/BC-UBND")
                        .param("reportDate", "32/12/2024")
                        .param("lockVersion", String.valueOf(lock)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày báo cáo: không hợp lệ")));
        assertThat(reports.getInternal(f.reportId()).getNumberSymbol()).isNull();
        mvc.perform(post("/reports/" + f.reportId() + "/header")
                        .with(user(f.clerk()))
                        .with(csrf())
                        .param("numberSymbol", "12/BC-UBND")
                        .param("reportDate", "10/12/2024")
                        .param("summaryLines", "Kết quả công tác cải cách hành chính\r\ntrên địa bàn xã năm 2024")
                        .param("signerAuthority", "TM. ỦY BAN NHÂN DÂN XÃ")
                        .param("signerTitle", "CHỦ TỊCH")
                        .param("signerName", "Nguyễn Văn A")
                        .param("recipients", "- UBND huyện;\n- Lưu: VT.")
                        .param("lockVersion", String.valueOf(lock)))
                .andExpect(status().is3xxRedirection());
        ReportHeader h = reports.getInternal(f.reportId()).header();
        assertThat(h.numberSymbol()).isEqualTo("12/BC-UBND");
        assertThat(h.reportDate()).isEqualTo(LocalDate.of(2024, 12, 10));
        assertThat(h.summaryLines())
                .containsExactly("Kết quả công tác cải cách hành chính", "trên địa bàn xã năm 2024");
        assertThat(h.recipients()).containsExactly("- UBND huyện;", "- Lưu: VT.");
        // a second save from the old page is refused with the stale message
        mvc.perform(post("/reports/" + f.reportId() + "/header")
                        .with(user(f.clerk()))
                        .with(csrf())
                        .param("numberSymbol", "99/BC-UBND")
                        .param("lockVersion", String.valueOf(lock)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dữ liệu đã được người khác thay đổi")));
        assertThat(reports.getInternal(f.reportId()).getNumberSymbol()).isEqualTo("12/BC-UBND");
    }
}
