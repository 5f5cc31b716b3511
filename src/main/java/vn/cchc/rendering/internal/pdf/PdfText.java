package vn.cchc.rendering.internal.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import vn.cchc.rendering.internal.Texts;
import vn.cchc.rendering.internal.pdf.PdfFonts.Face;

/** Paragraph factories; every string goes through NFC here, so no caller can forget it. */
final class PdfText {

    /**
     * Break lines at spaces only: OpenPDF would also break after "-" and "/", splitting a document number such as
     * "46/QĐ-UBND" over two lines, which an official document must not do.
     */
    private static final SplitCharacter SPACES_ONLY = (start, current, end, cc, ck) -> Character.isWhitespace(
            ck == null ? cc[current] : ck[Math.min(current, ck.length - 1)].getUnicodeEquivalent(cc[current]));

    private PdfText() {}

    static Paragraph line(String text, Face face, float size, int alignment) {
        Paragraph paragraph = paragraph(size * 1.15f, text, PdfFonts.font(face, size));
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    /**
     * A paragraph whose own font is 1 pt while its text keeps {@code font}: OpenPDF draws the space before
     * and after a paragraph as a space glyph in the paragraph's font, and a full-size one lying across the
     * next line makes text extraction (sorted by position) split that line's first word.
     */
    private static Paragraph paragraph(float leading, String text, Font font) {
        Paragraph paragraph = new Paragraph(leading, "", PdfFonts.font(Face.REGULAR, 1));
        Chunk chunk = new Chunk(Texts.nfc(text), font);
        chunk.setSplitCharacter(SPACES_ONLY);
        paragraph.add(chunk);
        return paragraph;
    }

    static Phrase phrase(String text, Face face, float size) {
        return new Phrase(Texts.nfc(text), PdfFonts.font(face, size));
    }

    /** A body paragraph: justified, first-line indent, 6 pt after. */
    static Paragraph body(String text, Face face) {
        Paragraph paragraph = paragraph(PdfPage.BODY_LEADING, text, PdfFonts.font(face, PdfPage.BODY_SIZE));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(PdfPage.FIRST_LINE_INDENT);
        paragraph.setSpacingAfter(PdfPage.PARAGRAPH_AFTER);
        return paragraph;
    }

    /**
     * A centred horizontal rule {@code length} points long in a column {@code available} points wide, drawn
     * {@code gap} points below the baseline of the line above.
     */
    static Paragraph rule(float length, float available, float gap) {
        float percent = Math.min(100f, 100f * length / available);
        // Explicit font: a chunk without one falls back to a default font that would be embedded for nothing.
        Paragraph paragraph = new Paragraph(gap, "", PdfFonts.font(Face.REGULAR, 1));
        paragraph.add(new Chunk(new LineSeparator(0.6f, percent, Color.BLACK, Element.ALIGN_CENTER, 0)));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    /** Width of a text in a face and size, for rules as long as their text. */
    static float width(String text, Face face, float size) {
        return PdfFonts.base(face).getWidthPoint(Texts.nfc(text), size);
    }
}
