package vn.cchc.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.IntegrationTest;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.report.ReportVersions;
import vn.cchc.report.ReportWorkflow;
import vn.cchc.report.Reports;
import vn.cchc.signing.PdfVerifier;

/**
 * Issue #10, item 8: the preview of a signed report shows the signed content, not today's records; the demo's past
 * reports entered as accepted have frozen (signed) files.
 */
@IntegrationTest
class FrozenPreviewTests {

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

    @Autowired
    PdfVerifier verifier;

    private CurrentUser account(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    @Test
    void aSignedReportIsPreviewedFromItsFrozenFile() throws Exception {
        long unit = orgUnits.byCode("LIEN_MAC").orElseThrow().getId();
        long province = orgUnits.byCode("HAI_DUONG").orElseThrow().getId();
        long period = periods.create(new NewPeriod(
                        province,
                        PeriodKind.AD_HOC,
                        "xem trước " + UUID.randomUUID(),
                        2019,
                        LocalDate.of(2018, 12, 10),
                        LocalDate.of(2019, 6, 9),
                        LocalDate.of(2099, 1, 1)))
                .getId();
        long id = reports.createEmpty(unit, period).getId();
        String number = "6" + id + "/KH-UBND";
        Long docId = jdbc.queryForObject("""
                insert into issued_document (org_unit_id, issuer_kind, issuer_name, doc_type, number_symbol, issued_on, summary)
                values (?, 'OWN', 'UBND xã Liên Mạc', 'KH', ?, date '2019-02-20', 'Kế hoạch rà soát thủ tục năm 2024')
                returning id""", Long.class, unit, number);
        jdbc.update("insert into issued_document_section (document_id, section_code) values (?, 'I')", docId);
        workflow.submit(account("lienmac-clerk"), id, true);
        workflow.sign(account("lienmac-chair"), id);

        // the register changes after signing (it stays editable): the preview must not follow
        jdbc.update("update issued_document set summary = 'Kế hoạch đã sửa sau khi ký' where id = ?", docId);
        String sha = versions.latestSigned(id).orElseThrow().pdfSha256();
        mvc.perform(get("/reports/" + id + "/preview").with(user(account("lienmac-clerk"))))
                .andExpect(status().isOk())
                // the signed PDF's lines (the sentence citing the document may wrap, its number stays on one line)
                .andExpect(content().string(containsString("6" + id + "/KH")))
                .andExpect(content().string(not(containsString("đã sửa sau khi ký"))))
                .andExpect(content().string(containsString("id=\"preview-frozen-hint\"")))
                .andExpect(content().string(containsString(sha)));
        // a draft is still previewed from its records
        long draft = reports.createEmpty(
                        unit,
                        periods.create(new NewPeriod(
                                        province,
                                        PeriodKind.AD_HOC,
                                        "nháp " + UUID.randomUUID(),
                                        2019,
                                        LocalDate.of(2018, 12, 10),
                                        LocalDate.of(2019, 6, 9),
                                        LocalDate.of(2099, 1, 1)))
                                .getId())
                .getId();
        mvc.perform(get("/reports/" + draft + "/preview").with(user(account("lienmac-clerk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã sửa sau khi ký")))
                .andExpect(content().string(not(containsString("id=\"preview-frozen-hint\""))));
    }

    @Test
    void theDemosPastAcceptedReportsHaveFrozenSignedFiles() {
        // the demo's 2022 reports (other tests in this shared database put reports in SIGNED by hand: not ours to
        // judge)
        List<Long> accepted2022 = jdbc.queryForList("""
                select r.id from report r join reporting_period p on p.id = r.period_id
                where p.year = 2022 and r.status = 'ACCEPTED'""", Long.class);
        assertThat(accepted2022).isNotEmpty();
        assertThat(versions.signedWithoutFiles()).doesNotContainAnyElementsOf(accepted2022);
        Long lienMac2022 = jdbc.queryForObject("""
                select r.id from report r join reporting_period p on p.id = r.period_id join org_unit u on u.id = r.org_unit_id
                where p.year = 2022 and u.code = 'LIEN_MAC'""", Long.class);
        byte[] pdf = versions.latestSignedFile(lienMac2022, ReportVersions.Format.PDF)
                .orElseThrow();
        var v = verifier.verify(account("thanhha-noivu"), pdf);
        assertThat(v.unchanged()).isTrue();
        assertThat(v.reportId()).isEqualTo(lienMac2022);
        assertThat(v.allSignaturesValid()).isTrue();
        assertThat(v.signatures()).allSatisfy(s -> assertThat(s.signedAt()).startsWith("2022-12-12"));
    }
}
