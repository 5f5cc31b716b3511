package vn.cchc.shared.web;

import java.text.Normalizer;

/** The one rule for typed text on the way in, for JSON bodies and form fields alike: NFC, no NUL. */
public final class InputTexts {

    static final String NUL_REASON = "NUL character";

    private InputTexts() {}

    /** NFC form of the text, without NUL characters (PostgreSQL refuses them; no user types one). */
    public static String clean(String s) {
        if (s == null) return null;
        String t = s.indexOf('\0') >= 0 ? s.replace("\0", "") : s;
        return Normalizer.isNormalized(t, Normalizer.Form.NFC) ? t : Normalizer.normalize(t, Normalizer.Form.NFC);
    }
}
