package vn.cchc.signing.internal;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the signature goes: the signer's printed name in the right column of the closing block. The room for the
 * signature is the empty space just above the name (the renderer leaves four lines there), on the last page that
 * prints the name.
 */
final class SignatureRoom {

    /** The name's box in PDF user space (origin bottom left) and its page (0-based). */
    record NameBox(int page, float left, float bottom, float right, float top) {
        float centreX() {
            return (left + right) / 2;
        }
    }

    private SignatureRoom() {}

    static NameBox find(PDDocument doc, String name) throws IOException {
        String wanted = fold(name);
        for (int p = doc.getNumberOfPages() - 1; p >= 0; p--) {
            float pageHeight = doc.getPage(p).getMediaBox().getHeight();
            float pageWidth = doc.getPage(p).getMediaBox().getWidth();
            List<NameBox> hits = new ArrayList<>();
            int page = p;
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (positions.isEmpty() || !fold(text).contains(wanted)) return;
                    float left = Float.MAX_VALUE, right = 0, top = 0, bottom = Float.MAX_VALUE;
                    for (TextPosition t : positions) {
                        left = Math.min(left, t.getXDirAdj());
                        right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
                        float base = pageHeight - t.getYDirAdj();
                        bottom = Math.min(bottom, base - 3);
                        top = Math.max(top, base + t.getHeightDir());
                    }
                    if (left > pageWidth / 3) hits.add(new NameBox(page, left, bottom, right, top));
                }
            };
            stripper.setStartPage(p + 1);
            stripper.setEndPage(p + 1);
            stripper.getText(doc);
            if (!hits.isEmpty()) return hits.get(hits.size() - 1);
        }
        // no printed name found: the bottom right of the last page, where the closing block would be
        int last = doc.getNumberOfPages() - 1;
        float w = doc.getPage(last).getMediaBox().getWidth();
        return new NameBox(last, w - 220, 120, w - 80, 134);
    }

    private static String fold(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
