package vn.cchc.composition;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The text of rendered files, NFC-normalised with whitespace folded, for comparing what they say. */
final class RenderedText {

    private RenderedText() {}

    static String docx(byte[] bytes) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return fold(extractor.getText());
        }
    }

    static String pdf(byte[] bytes) throws Exception {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return fold(new PDFTextStripper().getText(doc));
        }
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u00a0', ' ')
                .replaceAll("\\s+", " ")
                .trim();
    }
}
