package vn.cchc.shared;

import java.util.Map;

/**
 * The authority level in a narrative token {{tthc:xa.linhvuc}}: clerks type Vietnamese words without diacritics
 * (xa, huyen, tinh, nganhdoc; linhvuc, thutuc); the older spelling {{proc:COMMUNE.fields}} is still read, so texts
 * written before keep working.
 */
public final class ProcedureTokenLevels {

    private static final Map<String, String> LEVELS =
            Map.of("xa", "COMMUNE", "huyen", "DISTRICT", "tinh", "PROVINCE", "nganhdoc", "CENTRAL_VERTICAL");
    private static final Map<String, String> WHAT = Map.of("linhvuc", "fields", "thutuc", "procedures");

    private ProcedureTokenLevels() {}

    /** The stored level name (COMMUNE…) for a token's level word, or the word itself when it is none of ours. */
    public static String level(String word) {
        return LEVELS.getOrDefault(word, word);
    }

    /** {@code fields} or {@code procedures} for a token's second word (linhvuc/thutuc or the older English). */
    public static String what(String word) {
        return WHAT.getOrDefault(word, word);
    }
}
