package vn.cchc.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.cchc.IntegrationTest;
import vn.cchc.RecordsFixture;
import vn.cchc.RecordsFixture.Fresh;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

/** A record's change history reads as a user would say it: no ISO dates, codes, JSON lists or true/false. */
@IntegrationTest
class RecordHistoryWordsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IssuedDocuments documents;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void documentHistoryShowsDatesCodesAndListsInVietnamese() throws Exception {
        Fresh f = new RecordsFixture(orgUnits, periods, reports, jdbc)
                .commune(LocalDate.of(2022, 12, 10), LocalDate.of(2023, 12, 9));
        mvc.perform(post("/reports/" + f.reportId() + "/documents")
                .with(user(f.clerk()))
                .with(csrf())
                .param("issuerKind", "OWN")
                .param("issuerName", "UBND xã Thử Nghiệm")
                .param("docType", "KH")
                .param("numberSymbol", "11/KH-UBND")
                .param("issuedOn", "14/03/2023")
                .param("summary", "rà soát thủ tục hành chính")
                .param("sections", "II.2.1", "I")
                .param("attach", "true"));
        DocumentView d = documents.register(f.clerk(), f.unitId(), null).get(0);
        String page = HtmlUtils.htmlUnescape(mvc.perform(
                        get("/reports/" + f.reportId() + "/documents/" + d.id()).with(user(f.clerk())))
                .andReturn()
                .getResponse()
                .getContentAsString());
        String history = page.substring(page.indexOf("Lịch sử thay đổi của bản ghi"));
        assertThat(history)
                .contains(
                        "14/03/2023",
                        "I, II.2.1",
                        "Kế hoạch",
                        "UBND xã (đơn vị mình)",
                        "Không",
                        "Ngày ban hành",
                        "Thuộc mục");
        assertThat(history).doesNotContain("2023-03-14", "[\"", ">OWN<", ">KH<", ">false<", "issuedOn");
    }
}
