package vn.cchc.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.Reports;

/** Unknown addresses answer in Vietnamese (page or problem), and the report's history reads as sentences. */
@IntegrationTest
class UxPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Reports reports;

    @Autowired
    AuditSentences sentences;

    @Test
    void aBieu06ChangeReadsAsASentenceWithRowColumnAndBothValues() {
        String before = "{\"rows\": [{\"label\": \"Liên Mạc\", \"receivedTotal\": 2579, \"receivedOnline\": 2500}]}";
        String after = "{\"rows\": [{\"label\": \"Liên Mạc\", \"receivedTotal\": 2579, \"receivedOnline\": 2551}]}";
        Assertions.assertThat(sentences.sentence("Nguyễn Văn A", "UPDATE", "DossierStatistics", before, after))
                .isEqualTo("Nguyễn Văn A sửa Biểu 06 (hồ sơ một cửa), dòng 1, cột (4): 2.500 → 2.551");
        Assertions.assertThat(sentences.sentence("Trần Thị B", "CREATE", "SomethingNew", null, "{}"))
                .isEqualTo("Trần Thị B thêm bản ghi");
    }

    @Test
    void anUnknownAddressShowsTheVietnamese404PageToAPersonAndAVietnameseProblemToTheApi() throws Exception {
        var clerk = users.loadUserByUsername("lienmac-clerk");
        mvc.perform(get("/no-such-page").with(user(clerk)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Không tìm thấy")))
                .andExpect(content().string(containsString("<h1")))
                .andExpect(content().string(not(containsString("No endpoint"))));
        mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("lienmac-clerk", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy dữ liệu yêu cầu."));
    }

    @Test
    void theReportHistoryNamesPeopleAndSaysWhatTheyDidInVietnamese() throws Exception {
        var clerk = users.loadUserByUsername("lienmac-clerk");
        long id = reports.visible((UnitViewer) clerk, 2023, null).get(0).id();
        mvc.perform(get("/reports/" + id).with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(">UPDATE<"))))
                .andExpect(content().string(not(containsString(">CREATE<"))))
                .andExpect(content().string(not(containsString(">IMPORT<"))));
    }
}
