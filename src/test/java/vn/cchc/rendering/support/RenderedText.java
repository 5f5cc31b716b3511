package vn.cchc.rendering.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reads rendered files back as text, and compares texts the way a reader would: NFC, whitespace folded. */
public final class RenderedText {

    private RenderedText() {}

    /** The text of the document body in reading order: paragraphs and table cells (not headers). */
    public static String docx(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder out = new StringBuilder();
            body(doc, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void body(IBody body, StringBuilder out) {
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                out.append(paragraph.getText()).append('\n');
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(cell, out);
                    }
                }
            }
        }
    }

    public static String pdf(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NFC, all whitespace runs (including no-break spaces) folded to one space, trimmed. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("[\\s\\u00A0]+", " ")
                .strip();
    }

    /**
     * Words and numbers with their counts. Punctuation splits tokens, so a line broken after a hyphen
     * ("NĐ-" / "CP") counts the same as the unbroken "NĐ-CP", and "2.579" counts as "2" and "579".
     */
    public static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String token : fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                counts.merge(token, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The differences of two token multisets, as "+token×n" (only in a) and "-token×n" (only in b). */
    public static List<String> difference(Map<String, Integer> a, Map<String, Integer> b) {
        List<String> diff = new ArrayList<>();
        TreeMap<String, Integer> all = new TreeMap<>(a);
        b.keySet().forEach(k -> all.putIfAbsent(k, 0));
        for (String token : all.keySet()) {
            int delta = a.getOrDefault(token, 0) - b.getOrDefault(token, 0);
            if (delta != 0) {
                diff.add((delta > 0 ? "+" : "-") + token + "×" + Math.abs(delta));
            }
        }
        return diff;
    }
}
