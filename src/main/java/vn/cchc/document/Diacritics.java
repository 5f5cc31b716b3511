package vn.cchc.document;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text folded for search: lower case, tone and vowel marks removed, đ → d. */
public final class Diacritics {

    private Diacritics() {}

    public static String fold(String text) {
        if (text == null) return "";
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /** True when every word of the query occurs in the folded text. */
    public static boolean matches(String foldedText, String query) {
        String q = fold(query);
        if (q.isEmpty()) return true;
        for (String word : q.split(" ")) {
            if (!foldedText.contains(word)) return false;
        }
        return true;
    }
}
