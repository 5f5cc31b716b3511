package vn.cchc.rendering.internal.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import vn.cchc.rendering.RenderingException;

/** The signature image as Word places it: PNG or JPEG, 25 mm high at most 50 mm wide, aspect kept. */
record DocxPicture(int type, String extension, int widthEmu, int heightEmu) {

    private static final double MAX_HEIGHT_MM = 25;
    private static final double MAX_WIDTH_MM = 50;

    static DocxPicture of(byte[] data) {
        int type;
        String extension;
        if (data.length > 4 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            type = Document.PICTURE_TYPE_PNG;
            extension = "png";
        } else if (data.length > 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8) {
            type = Document.PICTURE_TYPE_JPEG;
            extension = "jpg";
        } else {
            throw new RenderingException("The signature image must be PNG or JPEG");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new RenderingException("Cannot read the signature image", e);
        }
        if (image == null) {
            throw new RenderingException("Cannot read the signature image");
        }
        double scale = Math.min(MAX_HEIGHT_MM / image.getHeight(), MAX_WIDTH_MM / image.getWidth());
        int width = (int) Math.round(image.getWidth() * scale * Units.EMU_PER_CENTIMETER / 10);
        int height = (int) Math.round(image.getHeight() * scale * Units.EMU_PER_CENTIMETER / 10);
        return new DocxPicture(type, extension, width, height);
    }
}
