package vn.cchc.check.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{kind:key|format}}} tokens of a narrative body (records-model.md): {@code {{doc:ID}}},
 * {@code {{ind:CODE}}}, {@code {{ind:CODE|00}}}, {@code {{proc:LEVEL.fields}}}, {@code {{table:dossier}}}.
 */
public final class Tokens {

    private static final Pattern TOKEN = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern PARTS = Pattern.compile("\\s*([A-Za-z]+)\\s*:\\s*([^|]*?)\\s*(?:\\|\\s*(.*?)\\s*)?");
    /** What a token becomes when a check reads the prose around it: no digit, so never taken for a typed figure. */
    public static final String PLACEHOLDER = "¤";

    private Tokens() {}

    /** A token as written; {@code kind} is lower case, or null when the token is malformed. */
    public record Token(String raw, String kind, String key, String format) {}

    public static List<Token> in(String body) {
        List<Token> tokens = new ArrayList<>();
        if (body == null) return tokens;
        Matcher m = TOKEN.matcher(body);
        while (m.find()) {
            Matcher p = PARTS.matcher(m.group(1));
            tokens.add(
                    p.matches()
                            ? new Token(m.group(), p.group(1).toLowerCase(), p.group(2), p.group(3))
                            : new Token(m.group(), null, null, null));
        }
        return tokens;
    }

    /** The body with every token replaced by {@link #PLACEHOLDER}: what the clerk typed by hand. */
    public static String typedText(String body) {
        return body == null ? "" : TOKEN.matcher(body).replaceAll(PLACEHOLDER);
    }

    /** Document ids cited with {@code {{doc:ID}}} (keys that are not numbers are skipped). */
    public static List<Long> documentIds(String body) {
        List<Long> ids = new ArrayList<>();
        for (Token t : in(body)) {
            if ("doc".equals(t.kind()) && t.key().matches("\\d{1,18}")) ids.add(Long.parseLong(t.key()));
        }
        return ids;
    }
}
