package vn.cchc.composition.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * "Báo cáo CCHC xã Liên Mạc năm 2023.pdf" for browsers that read filename*, and an ASCII fallback
 * "Bao-cao-CCHC-xa-Lien-Mac-nam-2023.pdf" for those that do not.
 */
final class ReportFileNames {

    private ReportFileNames() {}

    static String contentDisposition(String unitName, String periodTitle, String extension) {
        String vietnamese = "Báo cáo CCHC " + unitName + " " + periodTitle + "." + extension;
        String encoded = URLEncoder.encode(vietnamese, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii(vietnamese) + "\"; filename*=UTF-8''" + encoded;
    }

    static String ascii(String text) {
        String stripped = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String base = stripped.substring(0, stripped.lastIndexOf('.'));
        String ext = stripped.substring(stripped.lastIndexOf('.'));
        return base.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "") + ext;
    }
}
