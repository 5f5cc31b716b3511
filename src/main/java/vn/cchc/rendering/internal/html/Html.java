package vn.cchc.rendering.internal.html;

import vn.cchc.rendering.internal.Texts;

/** Escaping for text and attribute values; every string of the report goes through {@link #text}. */
public final class Html {

    private Html() {}

    public static String text(String value) {
        String text = Texts.nfc(value);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
