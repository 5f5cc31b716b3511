package vn.cchc.rendering.internal.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import vn.cchc.rendering.Letterhead;
import vn.cchc.rendering.internal.pdf.PdfFonts.Face;

/**
 * The Decree 30 header as a borderless two-column table, the same geometry as the Word template: bodies on
 * the left with a short rule under the issuer, the national title and the motto on the right with a rule
 * as long as the motto, then the number and the italic place and date on one line.
 */
final class PdfLetterhead {

    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    /** Twips of the two columns, as in the template. */
    private static final float[] COLUMNS = {3686, 5668};
    /** The issuer's rule is 40 % of the issuer's name (Decree 30: a third to a half). */
    private static final float ISSUER_RULE = 0.4f;

    private static final float RULE_GAP = 8;

    private PdfLetterhead() {}

    static PdfPTable of(Letterhead head) {
        PdfPTable table = PdfCells.table(COLUMNS);
        float leftText = PdfPage.twips((int) COLUMNS[0]) - 2 * PdfCells.PLAIN_PADDING;
        float rightText = PdfPage.twips((int) COLUMNS[1]) - 2 * PdfCells.PLAIN_PADDING;

        PdfPCell bodies = PdfCells.plain();
        bodies.addElement(PdfText.line(
                head.governingBody() == null ? " " : head.governingBody(), Face.REGULAR, 13, Element.ALIGN_CENTER));
        bodies.addElement(PdfText.line(head.issuingBody(), Face.BOLD, 13, Element.ALIGN_CENTER));
        bodies.addElement(
                PdfText.rule(ISSUER_RULE * PdfText.width(head.issuingBody(), Face.BOLD, 13), leftText, RULE_GAP));
        table.addCell(bodies);

        PdfPCell nation = PdfCells.plain();
        nation.addElement(PdfText.line(NATIONAL_TITLE, Face.BOLD, 13, Element.ALIGN_CENTER));
        nation.addElement(PdfText.line(MOTTO, Face.BOLD, 14, Element.ALIGN_CENTER));
        nation.addElement(PdfText.rule(PdfText.width(MOTTO, Face.BOLD, 14), rightText, RULE_GAP));
        table.addCell(nation);

        PdfPCell number = PdfCells.plain();
        number.setPaddingTop(8);
        number.addElement(PdfText.line(head.numberLine(), Face.REGULAR, 13, Element.ALIGN_CENTER));
        table.addCell(number);

        PdfPCell placeDate = PdfCells.plain();
        placeDate.setPaddingTop(8);
        placeDate.addElement(PdfText.line(head.placeDateLine(), Face.ITALIC, 14, Element.ALIGN_CENTER));
        table.addCell(placeDate);
        return table;
    }
}
