package vn.cchc.rendering.internal.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import vn.cchc.rendering.internal.pdf.PdfFonts.Face;

/** Decree 30: page numbers in arabic, 14 pt upright, centred in the top margin, none on the first page. */
final class PageNumberEvent extends PdfPageEventHelper {

    /** Baseline 12 mm below the top edge, inside the 20 mm margin. */
    static final float BASELINE_FROM_TOP = PdfPage.mm(12);

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page < 2) {
            return;
        }
        float x = (document.left() + document.right()) / 2;
        float y = document.getPageSize().getHeight() - BASELINE_FROM_TOP;
        ColumnText.showTextAligned(
                writer.getDirectContent(),
                Element.ALIGN_CENTER,
                PdfText.phrase(Integer.toString(page), Face.REGULAR, 14),
                x,
                y,
                0);
    }
}
