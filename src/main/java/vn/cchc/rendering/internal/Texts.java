package vn.cchc.rendering.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers shared by the renderers. */
public final class Texts {

    /** Vietnamese locale for case mapping (the letters with marks upper-case correctly in any locale, but say so). */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private Texts() {}

    /**
     * NFC form: records typed on some keyboards (or pasted from PDFs) arrive decomposed, and a decomposed
     * mark is drawn misplaced by PDF fonts and breaks text search.
     */
    public static String nfc(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public static String upper(String text) {
        return nfc(text).toUpperCase(VIETNAMESE);
    }
}
