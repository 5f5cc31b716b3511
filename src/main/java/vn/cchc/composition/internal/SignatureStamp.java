package vn.cchc.composition.internal;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * One picture for the signature room: the chairman's signature with the unit's seal over its left third, as
 * Decree 30 places the seal ("đóng dấu trùm lên khoảng 1/3 chữ ký về phía bên trái").
 */
public final class SignatureStamp {

    private SignatureStamp() {}

    /** Either may be null; returns null when both are. */
    public static byte[] compose(byte[] signature, byte[] seal) {
        if (signature == null && seal == null) return null;
        if (seal == null) return signature;
        if (signature == null) return seal;
        BufferedImage sig = read(signature);
        BufferedImage stamp = read(seal);
        int height = Math.max(sig.getHeight(), stamp.getHeight());
        int sealLeft = 0;
        int sigLeft = Math.max(0, stamp.getWidth() - sig.getWidth() / 3);
        int width = Math.max(sigLeft + sig.getWidth(), stamp.getWidth());
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(sig, sigLeft, (height - sig.getHeight()) / 2, null);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.85f));
        g.drawImage(stamp, sealLeft, (height - stamp.getHeight()) / 2, null);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) throw new IllegalArgumentException("not an image");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
