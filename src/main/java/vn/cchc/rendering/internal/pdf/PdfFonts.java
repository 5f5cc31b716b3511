package vn.cchc.rendering.internal.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import vn.cchc.rendering.RenderingException;

/**
 * Liberation Serif 2 (the metric twin of Times New Roman, complete for Vietnamese) from openpdf-fonts-extra,
 * embedded as Identity-H subsets. Parsing a TrueType file takes tens of milliseconds, so each face is loaded
 * once per JVM; a BaseFont is shareable between documents. Debian's fonts-liberation 1.07 would not do:
 * it lacks 92 Vietnamese letters and OpenPDF drops missing glyphs silently.
 */
public final class PdfFonts {

    public enum Face {
        REGULAR("LiberationSerif-Regular.ttf"),
        BOLD("LiberationSerif-Bold.ttf"),
        ITALIC("LiberationSerif-Italic.ttf"),
        BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }

    private static final String FONT_DIR = "liberation/";

    private PdfFonts() {}

    private static final class Loaded {
        static final Map<Face, BaseFont> FONTS = load();
    }

    public static BaseFont base(Face face) {
        return Loaded.FONTS.get(face);
    }

    public static Font font(Face face, float size) {
        return new Font(base(face), size);
    }

    private static Map<Face, BaseFont> load() {
        Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            try {
                fonts.put(face, BaseFont.createFont(FONT_DIR + face.file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
            } catch (IOException | RuntimeException e) {
                throw new RenderingException(
                        "Cannot load the font " + FONT_DIR + face.file + " (is openpdf-fonts-extra on the classpath?)",
                        e);
            }
        }
        return fonts;
    }
}
