package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.shared.ConflictException;

/**
 * A signed report never changes: its files keep their SHA-256 whatever later happens to the records it used,
 * a return makes a new version, and every signed version stays downloadable.
 */
@IntegrationTest
class SignedReportFreezeTests {

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
    ReportRendering rendering;

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

    private ReportHeader header(String number, LocalDate date) {
        return new ReportHeader(
                number,
                date,
                List.of("Kết quả công tác cải cách hành chính", "trên địa bàn xã Liên Mạc"),
                "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH",
                "Phạm Văn Cảnh",
                List.of("- UBND huyện;", "- Lưu: VT."));
    }

    private String download(long id, int revision, String ext) throws Exception {
        byte[] bytes = mvc.perform(get("/reports/" + id + "/versions/" + revision + "/document." + ext)
                        .with(user(fx.user("lienmac-clerk"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return WorkflowStore.sha256(bytes);
    }

    private static String docxText(byte[] docx) throws Exception {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText().replaceAll("\\s+", " ");
        }
    }

    @Test
    void signedFilesKeepTheirHashAfterRecordsChangeAndAcrossANewVersion() throws Exception {
        Report r = fx.lienMacReport(WorkflowFixtures.FAR_DEADLINE);
        long id = r.getId();
        Long docId = jdbc.queryForObject("""
                insert into issued_document (org_unit_id, issuer_kind, issuer_name, doc_type, number_symbol, issued_on, summary)
                values (?, 'OWN', 'UBND xã Liên Mạc', 'KH', ?, date '2024-01-15', 'Kế hoạch cải cách hành chính năm 2024')
                returning id""", Long.class, fx.unit("LIEN_MAC"), "9" + id + "/KH-UBND");
        jdbc.update("insert into issued_document_section (document_id, section_code) values (?, 'I')", docId);
        reports.updateHeader(fx.user("lienmac-clerk"), id, header("01/BC-UBND", LocalDate.of(2024, 6, 10)));
        workflow.submit(fx.user("lienmac-clerk"), id, false);
        workflow.sign(fx.user("lienmac-chair"), id);

        ReportSnapshot v1 = versions.snapshots(fx.user("lienmac-clerk"), id).get(0);
        assertThat(v1.revision()).isEqualTo(1);
        assertThat(v1.numberSymbol()).isEqualTo("01/BC-UBND");
        assertThat(v1.signerName()).isEqualTo("Phạm Văn Cảnh");
        assertThat(v1.letterheadName()).isEqualTo("UBND XÃ LIÊN MẠC");
        assertThat(download(id, 1, "docx")).isEqualTo(v1.docxSha256());
        assertThat(download(id, 1, "pdf")).isEqualTo(v1.pdfSha256());

        // The signed content carries the record: the plan is cited in section I of the signed DOCX …
        assertThat(docxText(versions.file(fx.user("lienmac-clerk"), id, 1, ReportVersions.Format.DOCX)))
                .contains("9" + id + "/KH-UBND")
                .contains("Kế hoạch cải cách hành chính năm 2024")
                .doesNotContain("(đã sửa)");
        // The record the signed report used changes afterwards (the unit's register is not frozen) …
        jdbc.update("update issued_document set summary = 'Kế hoạch CCHC năm 2024 (đã sửa)' where id = ?", docId);
        // … a rendering from the records now would say so, proving the record fed the signed content …
        assertThat(docxText(rendering.render(id).docx())).contains("Kế hoạch CCHC năm 2024 (đã sửa)");
        // … but the signed files are still the ones rendered at signing.
        assertThat(download(id, 1, "docx")).isEqualTo(v1.docxSha256());
        assertThat(download(id, 1, "pdf")).isEqualTo(v1.pdfSha256());
        assertThat(docxText(versions.file(fx.user("lienmac-clerk"), id, 1, ReportVersions.Format.DOCX)))
                .doesNotContain("(đã sửa)");
        // Writes to the signed report's own records are refused.
        assertThatThrownBy(() -> reports.requireEditable(fx.user("lienmac-clerk"), id))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> reports.updateHeader(fx.user("lienmac-clerk"), id, header("99/BC-UBND", null)))
                .isInstanceOf(ConflictException.class);
        assertThat(reports.getInternal(id).getNumberSymbol()).isEqualTo("01/BC-UBND");
        // Nor can the stored snapshot be altered in the database.
        assertThatThrownBy(() -> jdbc.update("update report_snapshot set number_symbol = 'x' where report_id = ?", id))
                .hasMessageContaining("frozen");

        // The office returns it: a new version opens for editing; version 1 stays.
        workflow.returnTo(fx.user("thanhha-noivu"), id, "Bổ sung kết quả một cửa");
        assertThat(reports.getInternal(id).getRevision()).isEqualTo(2);
        reports.updateHeader(fx.user("lienmac-clerk"), id, header("02/BC-UBND", LocalDate.of(2024, 6, 12)));
        workflow.submit(fx.user("lienmac-clerk"), id, false);
        workflow.sign(fx.user("lienmac-chair"), id);

        List<ReportSnapshot> all = versions.snapshots(fx.user("thanhha-noivu"), id);
        assertThat(all).extracting(ReportSnapshot::revision).containsExactly(1, 2);
        assertThat(all.get(0)).isEqualTo(v1);
        assertThat(all.get(1).docxSha256()).isNotEqualTo(v1.docxSha256());
        assertThat(all.get(1).numberSymbol()).isEqualTo("02/BC-UBND");
        assertThat(download(id, 1, "docx")).isEqualTo(v1.docxSha256());
        assertThat(download(id, 1, "pdf")).isEqualTo(v1.pdfSha256());
        assertThat(download(id, 2, "docx")).isEqualTo(all.get(1).docxSha256());
        assertThat(versions.latestSigned(id))
                .hasValueSatisfying(s -> assertThat(s.revision()).isEqualTo(2));

        // What changed between the versions: the number, the date and the edited document's summary.
        List<ContentDiff.Change> changes =
                versions.changes(fx.user("lienmac-chair"), id).get(0).changes();
        assertThat(changes)
                .extracting(c -> c.section() + "." + c.path())
                .contains("header.numberSymbol", "header.reportDate", "documents.[9" + id + "/KH-UBND].summary");
        assertThat(changes)
                .filteredOn(c -> c.path().equals("numberSymbol"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.before()).isEqualTo("01/BC-UBND");
                    assertThat(c.after()).isEqualTo("02/BC-UBND");
                });
        mvc.perform(get("/reports/" + id + "/workflow").with(user(fx.user("lienmac-chair"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Từ phiên bản 1 sang phiên bản 2")))
                .andExpect(content().string(Matchers.containsString("Số, ký hiệu")))
                .andExpect(content().string(Matchers.containsString(v1.docxSha256())));
        mvc.perform(get("/api/v1/reports/" + id + "/versions").with(httpBasic("thanhha-noivu", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].docxSha256").value(v1.docxSha256()))
                .andExpect(jsonPath("$[1].revision").value(2));
        byte[] apiPdf = mvc.perform(get("/api/v1/reports/" + id + "/versions/1/document.pdf")
                        .with(httpBasic("thanhha-noivu", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(WorkflowStore.sha256(apiPdf)).isEqualTo(v1.pdfSha256());
    }

    @Test
    void versionsOfAReportAreNotServedToOutsidersOrForUnsignedRevisions() throws Exception {
        Report r = fx.lienMacReportIn(ReportStatus.SIGNED);
        mvc.perform(get("/reports/" + r.getId() + "/versions/1/document.pdf").with(user(fx.user("thanhhong-clerk"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/" + r.getId() + "/versions/1/document.pdf").with(user(fx.user("tuky-noivu"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/" + r.getId() + "/versions/2/document.pdf").with(user(fx.user("lienmac-clerk"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/" + r.getId() + "/versions").with(httpBasic("tuky-noivu", "demo")))
                .andExpect(status().isNotFound());
    }
}
