package vn.cchc.signing.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * What the two signatures look like (Decree 30/2020, Appendix I): the chairman's signature image (blue) in the
 * signature room; the organisation's seal image (red, transparent PNG) over the left third of it; the signing
 * information (organisation, time ISO 8601 with +07:00) in 8 pt blue Times (Liberation Serif). A unit without
 * uploaded images gets drawn stand-ins, marked DEMO when its keys are the demo's.
 */
record SignatureAppearance(
        String signerName,
        byte[] signatureImage,
        byte[] sealImage,
        String organisation,
        OffsetDateTime signedAt,
        boolean hasOrganisation,
        boolean demo) {

    private static final float[] BLUE = {0f, 0.2f, 0.75f};
    private static final float[] RED = {0.85f, 0.05f, 0.05f};

    String isoTime() {
        return signedAt.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    void drawChairman(PDDocument doc, PDPageContentStream cs, PDRectangle box, PDFont font) throws IOException {
        if (signatureImage != null) {
            image(doc, cs, signatureImage, 0, 0, box.getWidth(), box.getHeight());
            return;
        }
        // stand-in for the handwritten signature: the name, slanted, in blue
        cs.setNonStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
        float size = 13;
        float width = font.getStringWidth(signerName) / 1000 * size;
        cs.beginText();
        cs.setFont(font, size);
        cs.setTextMatrix(
                new Matrix(1, 0, 0.25f, 1, Math.max(2, (box.getWidth() - width) / 2), box.getHeight() / 2 - 4));
        cs.showText(signerName);
        cs.endText();
        if (demo) label(cs, font, "(chữ ký số DEMO)", box.getWidth(), 4, 7, BLUE);
    }

    void drawOrganisation(PDDocument doc, PDPageContentStream cs, SignatureLayout layout, PDFont font)
            throws IOException {
        PDRectangle all = layout.organisation();
        PDRectangle seal = layout.seal();
        float sx = seal.getLowerLeftX() - all.getLowerLeftX();
        float sy = seal.getLowerLeftY() - all.getLowerLeftY();
        if (sealImage != null) {
            image(doc, cs, sealImage, sx, sy, seal.getWidth(), seal.getHeight());
        } else {
            drawnSeal(cs, font, sx, sy, seal.getWidth());
        }
        PDRectangle info = layout.info();
        float ix = info.getLowerLeftX() - all.getLowerLeftX();
        float iy = info.getLowerLeftY() - all.getLowerLeftY();
        cs.setNonStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
        line(cs, font, 8, organisation, ix, iy + 13, info.getWidth());
        line(cs, font, 8, "Thời gian ký: " + isoTime(), ix, iy + 3, info.getWidth());
    }

    private static void line(
            PDPageContentStream cs, PDFont font, float size, String text, float x, float y, float width)
            throws IOException {
        float w = font.getStringWidth(text) / 1000 * size;
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x + Math.max(0, (width - w) / 2), y);
        cs.showText(text);
        cs.endText();
    }

    private static void label(
            PDPageContentStream cs, PDFont font, String text, float width, float y, float size, float[] colour)
            throws IOException {
        cs.setNonStrokingColor(colour[0], colour[1], colour[2]);
        line(cs, font, size, text, 0, y, width);
    }

    /** Two red rings, the organisation's name and DEMO: a stand-in until the unit uploads its seal image. */
    private void drawnSeal(PDPageContentStream cs, PDFont font, float x, float y, float d) throws IOException {
        float cx = x + d / 2, cy = y + d / 2;
        cs.setStrokingColor(RED[0], RED[1], RED[2]);
        cs.setLineWidth(1.6f);
        circle(cs, cx, cy, d / 2 - 1);
        cs.setLineWidth(0.8f);
        circle(cs, cx, cy, d / 2 - 6);
        cs.setNonStrokingColor(RED[0], RED[1], RED[2]);
        String[] words = organisation.split(" ");
        int half = (words.length + 1) / 2;
        String top = String.join(" ", Arrays.copyOfRange(words, 0, half));
        String bottom = String.join(" ", Arrays.copyOfRange(words, half, words.length));
        line(cs, font, 6, top, x, cy + 8, d);
        line(cs, font, 6, bottom, x, cy + 1, d);
        if (demo) line(cs, font, 9, "DEMO", x, cy - 11, d);
    }

    private static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = 0.552284749831f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
        cs.stroke();
    }

    /** The picture scaled to fit the box, centred, keeping its proportions and its transparency. */
    private static void image(PDDocument doc, PDPageContentStream cs, byte[] bytes, float x, float y, float w, float h)
            throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        if (img == null) return;
        PDImageXObject xo = LosslessFactory.createFromImage(doc, img);
        float scale = Math.min(w / img.getWidth(), h / img.getHeight());
        float iw = img.getWidth() * scale, ih = img.getHeight() * scale;
        cs.drawImage(xo, x + (w - iw) / 2, y + (h - ih) / 2, iw, ih);
    }
}
