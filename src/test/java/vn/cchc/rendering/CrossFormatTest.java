package vn.cchc.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.rendering.support.PdfPages;
import vn.cchc.rendering.support.Rendered;
import vn.cchc.rendering.support.RenderedText;

/**
 * The Word file and the PDF made from one model say the same thing: the same words and figures, every
 * heading, the document references, the dossier row, the signer and the recipients.
 */
class CrossFormatTest {

    private static ReportDocument report;
    private static String docxText;
    private static String pdfText;

    @BeforeAll
    static void render() {
        report = LienMac2023Fixture.report();
        byte[] docx = Rendered.keep("lien-mac-2023.docx", new DocxReportRenderer().render(report));
        byte[] pdf = Rendered.keep("lien-mac-2023.pdf", new PdfReportRenderer().render(report));
        docxText = RenderedText.docx(docx);
        // Below the top margin only: the running page numbers are the one thing the PDF adds.
        pdfText = PdfPages.body(pdf);
    }

    @Test
    void bothCarryTheSameWordsAndFigures() {
        Map<String, Integer> docx = RenderedText.tokens(docxText);
        Map<String, Integer> pdf = RenderedText.tokens(pdfText);
        assertEquals(List.of(), RenderedText.difference(docx, pdf), "tokens only in DOCX (+) or only in PDF (-)");
        int total = docx.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(total > 5000, "the whole report was compared: " + total + " tokens");
    }

    @Test
    void bothCarryEveryFact() {
        List<String> facts = new ArrayList<>(List.of(
                "UBND HUYỆN THANH HÀ",
                "UBND XÃ LIÊN MẠC",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 85/BC-UBND",
                "Liên Mạc, ngày 10 tháng 12 năm 2023",
                "BÁO CÁO",
                "Kết quả công tác cải cách hành chính",
                "trên địa bàn xã Liên Mạc năm 2023",
                "(từ ngày 10/12/2022 đến ngày 09/12/2023)",
                "Công văn số 126/UBND - NV ngày 06 tháng 03 năm 2023",
                "Kế hoạch số 36/KH-UBND ngày 30/12/2023",
                "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020",
                "Quyết định số 28/2016/QĐ-UBND ngày 20/10/2016",
                "Quyết định số 73/QĐ- UBND ngày 10/7/2023",
                "33 lĩnh vực với 122 thủ tục",
                "4.500.845.758 đồng",
                "99,02 %",
                "420 văn bản",
                "01 Liên Mạc 2.579 2.551 25 3 2.576 2.569 7 0 3 3 0",
                "Nơi nhận:",
                "TM. ỦY BAN NHÂN DÂN XÃ",
                "CHỦ TỊCH",
                "Phạm Văn Cảnh",
                "Phụ lục",
                "(Kèm theo Báo cáo số 85/BC-UBND ngày 10/12/2023 của UBND xã Liên Mạc)"));
        facts.addAll(report.recipients());
        for (Block block : report.body()) {
            if (block instanceof Block.Heading heading) {
                String text = heading.level() == 1 ? heading.text().toUpperCase() : heading.text();
                facts.add(heading.number() + " " + text);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String fact : facts) {
            if (!compact(docxText).contains(compact(fact))) {
                missing.add("DOCX: " + fact);
            }
            if (!compact(pdfText).contains(compact(fact))) {
                missing.add("PDF: " + fact);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void aFigureNotReportedIsAnEmptyCellInBoth() {
        DossierRow gap = DossierRow.of("02", "Tư pháp", 12L, null, 12L, 0L, 12L, 0L, 12L, 0L, 0L, 0L, 0L);
        ReportDocument withGap = new ReportDocument(
                report.letterhead(),
                report.typeTitle(),
                report.summaryLines(),
                report.periodLine(),
                List.of(new Block.DossierTable("Biểu 06", "Lĩnh vực", List.of(gap))),
                report.signature(),
                report.recipients(),
                null);
        String docx = RenderedText.docx(new DocxReportRenderer().render(withGap));
        String pdf = PdfPages.body(new PdfReportRenderer().render(withGap));
        for (String text : List.of(docx, pdf)) {
            assertTrue(compact(text).contains(compact("02 Tư pháp 12 12 0 12 0 12 0 0 0 0")), text);
            assertTrue(text.contains("Lĩnh vực"));
        }
    }

    /** Whitespace removed: a line break may fall anywhere, even after a hyphen inside "NĐ-CP". */
    private static String compact(String text) {
        return RenderedText.fold(text).replace(" ", "");
    }
}
