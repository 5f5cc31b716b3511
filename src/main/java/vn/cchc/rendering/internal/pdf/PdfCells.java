package vn.cchc.rendering.internal.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** Table and cell factories shared by the layout pieces. */
final class PdfCells {

    /** The Word template's cell padding: 57 twips in the borderless tables, 45 in the bordered ones. */
    static final float PLAIN_PADDING = PdfPage.twips(57);

    static final float GRID_PADDING = PdfPage.twips(45);

    private PdfCells() {}

    /** A table as wide as the text, with columns in the given proportions. */
    static PdfPTable table(float[] relativeWidths) {
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setTotalWidth(PdfPage.TEXT_WIDTH);
        table.setLockedWidth(true);
        return table;
    }

    /** A borderless cell for composite content (letterhead, signature). */
    static PdfPCell plain() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(PLAIN_PADDING);
        cell.setPaddingRight(PLAIN_PADDING);
        cell.setPaddingTop(0);
        cell.setPaddingBottom(0);
        cell.setUseAscender(true);
        return cell;
    }

    /** A bordered cell of a data table holding one paragraph. */
    static PdfPCell grid(Paragraph content, int alignment) {
        PdfPCell cell = new PdfPCell();
        cell.setBorderWidth(0.5f);
        cell.setPadding(GRID_PADDING);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(3f);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        content.setAlignment(alignment);
        cell.addElement(content);
        return cell;
    }
}
