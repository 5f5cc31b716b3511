package vn.cchc.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import vn.cchc.rendering.support.PdfPages;
import vn.cchc.rendering.support.Rendered;
import vn.cchc.rendering.support.RenderedText;

class PdfOutputTest {

    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String CONSONANTS = "bcdđghklmnpqrstvx";
    /** No mark, huyền, sắc, hỏi, ngã, nặng. */
    private static final String[] TONES = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};

    /** Every letter of the Vietnamese alphabet, vowels with each tone, lower and upper case, NFC. */
    static List<String> vietnameseLetters() {
        List<String> letters = new ArrayList<>();
        for (char vowel : VOWELS.toCharArray()) {
            for (String tone : TONES) {
                letters.add(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
            }
        }
        for (char consonant : CONSONANTS.toCharArray()) {
            letters.add(String.valueOf(consonant));
        }
        List<String> both = new ArrayList<>(letters);
        letters.forEach(letter -> both.add(letter.toUpperCase()));
        return both;
    }

    @Test
    void theEmbeddedFontCoversTheWholeVietnameseAlphabet() throws IOException {
        List<String> letters = vietnameseLetters();
        assertEquals(2 * (12 * 6 + 17), letters.size());
        assertTrue(letters.stream().allMatch(l -> l.length() == 1), "each letter is one precomposed character");
        String alphabet = String.join(" ", letters);
        // Decomposed input must come out the same: the renderer normalises to NFC.
        String decomposed = Normalizer.normalize(alphabet, Normalizer.Form.NFD);
        ReportDocument report = reportWith(List.of(Block.Paragraph.body(alphabet), Block.Paragraph.body(decomposed)));
        byte[] pdf = Rendered.keep("vietnamese-alphabet.pdf", new PdfReportRenderer().render(report));

        String text = RenderedText.fold(RenderedText.pdf(pdf));
        int first = text.indexOf(alphabet);
        assertTrue(first >= 0, "the alphabet comes back as it went in:\n" + text);
        assertTrue(text.indexOf(alphabet, first + alphabet.length()) > 0, "NFD input is normalised:\n" + text);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font.getName().contains("LiberationSerif"), font.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+LiberationSerif")), fonts.toString());
        }
    }

    @Test
    void pagesAreA4AndNumberedFromPage2AtTheTop() throws IOException {
        byte[] pdf = Rendered.keep("lien-mac-2023.pdf", new PdfReportRenderer().render(LienMac2023Fixture.report()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.5);
        }
        List<PdfPages.Page> pages = PdfPages.read(pdf);
        assertTrue(pages.size() >= 3, "the fixture fills several pages");
        assertEquals("", pages.get(0).head(), "no number on page 1");
        for (int i = 1; i < pages.size(); i++) {
            assertEquals(Integer.toString(i + 1), pages.get(i).head(), "number of page " + (i + 1));
        }
    }

    @Test
    void theAppendixStartsAPageAndTheSignatureIsNotSplit() {
        List<PdfPages.Page> pages = PdfPages.read(new PdfReportRenderer().render(LienMac2023Fixture.report()));
        PdfPages.Page last = pages.get(pages.size() - 1);
        assertTrue(RenderedText.fold(last.text()).startsWith("Phụ lục"), last.text());
        PdfPages.Page signed = pages.stream()
                .filter(p -> p.text().contains("Phạm Văn Cảnh"))
                .findFirst()
                .orElseThrow();
        assertTrue(signed.text().contains("TM. ỦY BAN NHÂN DÂN XÃ")
                && signed.text().contains("Nơi nhận:"));
    }

    @Test
    void theDossierCaptionStaysWithItsTable() {
        // Push the table down paragraph by paragraph, so that one of the runs puts it at a page break.
        for (int filler = 20; filler <= 44; filler++) {
            List<Block> body = new ArrayList<>();
            for (int i = 0; i < filler; i++) {
                body.add(Block.Paragraph.body("Đoạn văn thứ " + (i + 1) + " để đẩy bảng xuống cuối trang."));
            }
            body.add(new Block.DossierTable("Biểu: Kết quả giải quyết TTHC", List.of(LienMac2023Fixture.LIEN_MAC_ROW)));
            List<PdfPages.Page> pages = PdfPages.read(new PdfReportRenderer().render(reportWith(body)));
            PdfPages.Page withCaption = pages.stream()
                    .filter(p -> p.text().contains("Biểu: Kết quả giải quyết TTHC"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the caption vanished"));
            assertTrue(
                    withCaption.text().contains("Số lượng hồ sơ tiếp nhận")
                            && withCaption.text().contains("2.579"),
                    "caption, header and first row on one page, with " + filler + " paragraphs before");
        }
    }

    @Test
    void documentNumbersAreNeverSplitAcrossLines() {
        // Slide a document number along the line so that it meets the right margin in some paragraph.
        List<Block> body = new ArrayList<>(LienMac2023Fixture.body());
        for (int i = 0; i < 40; i++) {
            body.add(Block.Paragraph.body(
                    "Theo" + " ab".repeat(i) + " Quyết định số 28/2016/QĐ-UBND-VP ngày 20/10/2016."));
        }
        ReportDocument report = reportWith(body);
        List<String> lines =
                RenderedText.pdf(new PdfReportRenderer().render(report)).lines().toList();
        Pattern number = Pattern.compile("\\d+/(\\d{4}/)?\\p{Lu}+(-\\p{Lu}+)*");
        Map<String, Integer> inModel = new TreeMap<>();
        for (Block block : body) {
            if (block instanceof Block.Paragraph paragraph) {
                Matcher matcher = number.matcher(paragraph.text());
                while (matcher.find()) {
                    inModel.merge(matcher.group(), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> onOneLine = new TreeMap<>();
        for (String line : lines) {
            Matcher matcher = number.matcher(line);
            while (matcher.find()) {
                onOneLine.merge(matcher.group(), 1, Integer::sum);
            }
        }
        onOneLine.keySet().retainAll(inModel.keySet());
        assertEquals(
                List.of(),
                RenderedText.difference(inModel, onOneLine),
                "document numbers in the model (+) not found whole on one line of the PDF");
        int checked = inModel.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(checked > 90, "numbers checked: " + checked);
    }

    static ReportDocument reportWith(List<Block> body) {
        ReportDocument base = LienMac2023Fixture.report();
        return new ReportDocument(
                base.letterhead(),
                base.typeTitle(),
                base.summaryLines(),
                base.periodLine(),
                body,
                base.signature(),
                base.recipients(),
                null);
    }
}
