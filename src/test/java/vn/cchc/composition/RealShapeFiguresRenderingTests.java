package vn.cchc.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.cchc.IntegrationTest;
import vn.cchc.check.CommuneFiguresFixture;
import vn.cchc.check.ReportChecks;
import vn.cchc.check.Severity;
import vn.cchc.document.IssuedDocuments;
import vn.cchc.dossier.DossierStatisticsService;
import vn.cchc.indicator.IndicatorCatalogue;
import vn.cchc.indicator.IndicatorValues;
import vn.cchc.narrative.Narratives;
import vn.cchc.narrative.SectionText;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

/**
 * Every typed figure of a report of real shape prints identically, in vi-VN form, in the DOCX, the PDF and the
 * HTML preview; the register counts print through {{count:…}} tokens and the generated sentence.
 */
@IntegrationTest
class RealShapeFiguresRenderingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportFiles files;

    @Autowired
    ReportChecks checks;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    IndicatorValues values;

    @Autowired
    DossierStatisticsService dossier;

    @Autowired
    Narratives narratives;

    @Autowired
    IssuedDocuments documents;

    /** The PDF's text page by page in reading order, without the page numbers, so a sentence may cross a page. */
    static String pdfText(byte[] bytes) throws Exception {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            StringBuilder out = new StringBuilder();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                for (String line : stripper.getText(doc).split("\\R")) {
                    if (!line.strip().matches("\\d+")) out.append(line).append('\n');
                }
            }
            return RenderedText.fold(out.toString());
        }
    }

    @Test
    void everyFigurePrintsTheSameInDocxPdfAndPreview() throws Exception {
        CommuneFiguresFixture fx =
                new CommuneFiguresFixture(orgUnits, periods, reports, jdbc, catalogue, values, dossier);
        fx.consistent();
        String p = fx.p;
        documents.saveTypeCounts(
                fx.f.clerk(), fx.f.reportId(), Map.of("QD", 280, "BC", 126, "KH", 97, "TB", 85, "CV", 60));
        narratives.save(
                fx.f.clerk(),
                fx.f.reportId(),
                List.of(new SectionText(
                        "II.6",
                        String.join(
                                " ",
                                "Tiếp nhận {{ind:" + p + "PETITIONS}} đơn thư.",
                                "Chỉ số CCHC tự đánh giá đạt {{ind:" + p + "PAR_SCORE}}.",
                                "Tỷ lệ hài lòng đạt {{ind:" + p + "SATISFACTION_RATE}}.",
                                "Thu ngân sách đạt {{ind:" + p + "REVENUE}}; hỗ trợ Bộ phận Một cửa {{ind:" + p
                                        + "SUPPORT}}.",
                                "Phát thanh {{ind:" + p + "BROADCASTS}} lượt; hoàn thành tự đánh giá ngày {{ind:" + p
                                        + "SELF_ASSESSED_ON}};",
                                "ki-ốt tra cứu: {{ind:" + p + "KIOSK}}. Đã giải quyết 2.051 hồ sơ.",
                                "{{count:sentence}} Riêng quyết định: {{count:QĐ}}, tổng {{count:*}}."),
                        null)));

        String docx = RenderedText.docx(files.docx(fx.f.reportId()));
        String pdf = pdfText(files.pdf(fx.f.reportId()));
        String html = mvc.perform(
                        get("/reports/" + fx.f.reportId() + "/preview").with(user(fx.f.clerk())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String preview = RenderedText.fold(HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")));

        String sentence = "Trong kỳ, UBND xã ban hành 648 văn bản: 280 quyết định, 126 báo cáo, 97 kế hoạch, "
                + "85 thông báo, 60 công văn.";
        for (String text : List.of(docx, pdf, preview)) {
            assertThat(text)
                    .contains(
                            "Tiếp nhận 16 đơn thư.",
                            "đạt 83,21/100 điểm.",
                            "Tỷ lệ hài lòng đạt 96,2 %.",
                            "Thu ngân sách đạt 4,42 tỷ đồng; hỗ trợ Bộ phận Một cửa 350 triệu đồng.",
                            "Phát thanh khoảng 300 lượt; hoàn thành tự đánh giá ngày 02/12/2024;",
                            "ki-ốt tra cứu: có.",
                            sentence,
                            "Riêng quyết định: 280, tổng 648.");
        }
        assertThat(checks.run(fx.f.reportId()))
                .as("tokens resolve, figures agree")
                .noneMatch(
                        x -> List.of("NARRATIVE_TOKEN", "FIGURE_PARTS", "PROSE_FIGURE_MISMATCH", "DOSSIER_ARITHMETIC")
                                        .contains(x.rule())
                                && x.severity() != Severity.INFO);
    }
}
