package vn.cchc.orgunit;

import static vn.cchc.shared.Messages.VI;

import java.text.Normalizer;
import java.util.List;

/**
 * Names as people write them carry the kind of unit in front («phường Hòa Bình», «thành phố Hải Phòng»). From that
 * prefix come the letterhead («UBND PHƯỜNG HÒA BÌNH»), the place before the date («Hòa Bình») and the kind word
 * used in running text («UBND phường», «Chủ tịch UBND phường»).
 */
public final class UnitNames {

    /** Longest first, so «thị xã» wins over «xã» and «thành phố» is one prefix. */
    private static final List<String> PREFIXES =
            List.of("thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "huyện", "quận", "tỉnh", "xã");

    private UnitNames() {}

    /** «phường» for «phường Hòa Bình»; «xã» when the name carries no known prefix. */
    public static String kindWord(String name) {
        String n = nfc(name).strip();
        String lower = n.toLowerCase(VI);
        for (String p : PREFIXES) {
            if (lower.startsWith(p + " ")) return p;
        }
        return "xã";
    }

    /** Whether the name starts with a known prefix. */
    public static boolean hasPrefix(String name) {
        String lower = nfc(name).strip().toLowerCase(VI);
        return PREFIXES.stream().anyMatch(p -> lower.startsWith(p + " "));
    }

    /** «Hòa Bình» for «phường Hòa Bình». */
    public static String placeName(String name) {
        String n = nfc(name).strip();
        return hasPrefix(n) ? n.substring(kindWord(n).length()).strip() : n;
    }

    /** «UBND PHƯỜNG HÒA BÌNH». */
    public static String letterhead(String name) {
        return "UBND " + nfc(name).strip().toUpperCase(VI);
    }

    /** «UBND phường» (the unit's own people writing about themselves). */
    public static String council(String name) {
        return "UBND " + kindWord(name);
    }

    private static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
