package vn.cchc.rendering.internal.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.util.List;
import vn.cchc.rendering.RenderingException;
import vn.cchc.rendering.Signature;
import vn.cchc.rendering.internal.pdf.PdfFonts.Face;

/**
 * The closing block as a borderless two-column table: "Nơi nhận:" and the list on the left, level with the
 * authority line on the right; then the title, the room for the signature and seal, and the name. Nothing
 * is drawn in the room unless an image is given, so a digital signature can be placed there later.
 */
final class PdfSignature {

    private static final float[] COLUMNS = {4110, 5244};
    /** Four empty 14 pt lines, as in the Word template. */
    private static final float ROOM = 4 * 16.1f;

    private static final float IMAGE_HEIGHT = PdfPage.mm(25);
    private static final float IMAGE_WIDTH = PdfPage.mm(50);

    private PdfSignature() {}

    static PdfPTable of(Signature signature, List<String> recipients) {
        PdfPTable table = PdfCells.table(COLUMNS);
        PdfPCell left = PdfCells.plain();
        left.setPaddingTop(6);
        left.addElement(PdfText.line("Nơi nhận:", Face.BOLD_ITALIC, 12, Element.ALIGN_LEFT));
        for (String recipient : recipients) {
            left.addElement(PdfText.line(recipient, Face.REGULAR, 11, Element.ALIGN_LEFT));
        }
        table.addCell(left);

        PdfPCell right = PdfCells.plain();
        right.setPaddingTop(6);
        if (!signature.authority().isBlank()) {
            right.addElement(PdfText.line(signature.authority(), Face.BOLD, 14, Element.ALIGN_CENTER));
        }
        right.addElement(PdfText.line(signature.title(), Face.BOLD, 14, Element.ALIGN_CENTER));
        float room = ROOM;
        if (signature.hasImage()) {
            Image image = image(signature.image());
            image.scaleToFit(IMAGE_WIDTH, IMAGE_HEIGHT);
            image.setAlignment(Image.ALIGN_CENTER);
            right.addElement(image);
            room -= 16.1f;
        }
        Paragraph spacer = new Paragraph(room, " ", PdfFonts.font(Face.REGULAR, 14));
        right.addElement(spacer);
        right.addElement(PdfText.line(signature.name(), Face.BOLD, 14, Element.ALIGN_CENTER));
        table.addCell(right);
        return table;
    }

    private static Image image(byte[] data) {
        try {
            return Image.getInstance(data);
        } catch (IOException | RuntimeException e) {
            throw new RenderingException("Cannot read the signature image", e);
        }
    }
}
