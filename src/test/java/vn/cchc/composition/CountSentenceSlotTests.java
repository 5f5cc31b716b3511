package vn.cchc.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.IntegrationTest;
import vn.cchc.RecordsFixture;
import vn.cchc.UniqueTag;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportKind;
import vn.cchc.period.ReportKinds;
import vn.cchc.rendering.support.RenderedText;
import vn.cchc.report.Reports;
import vn.cchc.shared.ValidationFailedException;

/**
 * The register's count sentence placed where the kind's outline asks for it (issue 13): the fifth field of an
 * outline line, «counts». Six documents of a made-up commune's period (not Liên Mạc's): 3 decisions, 2 reports, 1 plan.
 */
@IntegrationTest
class CountSentenceSlotTests {

    static final String SENTENCE = "Trong kỳ, UBND xã ban hành 6 văn bản: 3 quyết định, 2 báo cáo, 1 kế hoạch.";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    ReportKinds kinds;

    @Autowired
    JdbcTemplate jdbc;

    RecordsFixture.Fresh report(String outline) {
        RecordsFixture.Fresh f = new RecordsFixture(orgUnits, periods, reports, jdbc)
                .commune(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 14));
        ReportKind kind =
                kinds.add("TEST_KIND_" + UniqueTag.next(), "Báo cáo thử nghiệm", "Kết quả thử nghiệm", outline, "NOTE");
        jdbc.update(
                "update reporting_period set report_kind_id = ? where id = (select period_id from report where id = ?)",
                kind.getId(),
                f.reportId());
        String[][] docs = {{"QD", "12"}, {"QD", "15"}, {"QD", "31"}, {"BC", "40"}, {"BC", "41"}, {"KH", "7"}};
        for (String[] d : docs) {
            jdbc.update("""
                    insert into issued_document (org_unit_id, issuer_kind, issuer_name, doc_type, number_symbol, issued_on, summary)
                    values (?, 'OWN', 'UBND xã Thử Nghiệm', ?, ?, date '2024-03-20', 'Văn bản thử nghiệm')""", f.unitId(), d[0], d[1] + "/" + d[0] + "-UBND");
        }
        return f;
    }

    String docx(RecordsFixture.Fresh f) throws Exception {
        byte[] docx = mvc.perform(
                        get("/reports/" + f.reportId() + "/document.docx").with(user(f.clerk())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return RenderedText.fold(RenderedText.docx(docx));
    }

    @Test
    void theSentenceOpensTheSectionWhoseHeadingAsksForItInDocxPdfAndPreview() throws Exception {
        RecordsFixture.Fresh f = report("1|I.|CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH|I|counts\n1|II.|KIẾN NGHỊ|V");
        String placed = docx(f);
        assertThat(placed.indexOf(SENTENCE))
                .isGreaterThan(placed.indexOf("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"))
                .isLessThan(placed.indexOf("KIẾN NGHỊ"))
                .isPositive();
        byte[] pdf = mvc.perform(
                        get("/reports/" + f.reportId() + "/document.pdf").with(user(f.clerk())))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(RenderedText.fold(RenderedText.pdf(pdf))).contains(SENTENCE);
        String preview = mvc.perform(
                        get("/reports/" + f.reportId() + "/preview").with(user(f.clerk())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview).contains(SENTENCE);
        // typed by the clerk with the token as well: printed once
        jdbc.update(
                "insert into narrative_section (report_id, section_code, body) values (?, 'I', ?)",
                f.reportId(),
                "Trong năm, xã tập trung chỉ đạo CCHC.\n\n{{count:sentence}}");
        String text = docx(f);
        assertThat(text.indexOf(SENTENCE)).isEqualTo(text.lastIndexOf(SENTENCE)).isPositive();
        assertThat(text).contains("Trong năm, xã tập trung chỉ đạo CCHC. " + SENTENCE);
    }

    @Test
    void withoutTheSlotNothingIsAddedAndAnUnknownSlotIsRefused() throws Exception {
        RecordsFixture.Fresh f = report("1|I.|CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH|I\n1|II.|KIẾN NGHỊ|V");
        assertThat(docx(f)).doesNotContain("Trong kỳ, UBND xã ban hành");
        assertThatThrownBy(() -> kinds.add(
                        "TEST_KIND_" + UniqueTag.next(),
                        "Báo cáo thử nghiệm",
                        "Kết quả",
                        "1|I.|CHỈ ĐẠO|I|bảng",
                        "NOTE"))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations().get(0).message())
                                .contains("«bảng» không phải là nội dung tự sinh có sẵn"));
    }
}
