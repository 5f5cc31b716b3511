package vn.cchc.consolidation.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** ASCII-safe file names from Vietnamese names, and Content-Disposition with both filename and filename*. */
public final class FileNames {

    private FileNames() {}

    /** "xã Liên Mạc" → "xa-lien-mac". */
    public static String slug(String text) {
        String s = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "file" : s;
    }

    /** {@code attachment; filename="ascii.ext"; filename*=UTF-8''vietnamese.ext} (RFC 6266 / 5987). */
    public static String contentDisposition(String vietnameseName, String extension) {
        String ascii = slug(vietnameseName) + "." + extension;
        String utf8 = URLEncoder.encode(
                        Normalizer.normalize(vietnameseName, Normalizer.Form.NFC) + "." + extension,
                        StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
