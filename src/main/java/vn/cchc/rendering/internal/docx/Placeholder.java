package vn.cchc.rendering.internal.docx;

import java.util.regex.Pattern;
import vn.cchc.rendering.TemplateException;

/**
 * A {@code ${name}} placeholder of the Word template; {@code ${name?}} marks one the model may leave empty
 * (the governing body, the signature image), which then prints nothing. Any other missing value is an error.
 */
public record Placeholder(String name, boolean optional) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*\\??");

    /** Parses what stands between "${" and "}". */
    static Placeholder parse(String inner, String where) {
        if (!NAME.matcher(inner).matches()) {
            throw new TemplateException("Malformed placeholder ${" + inner + "} in " + where);
        }
        boolean optional = inner.endsWith("?");
        return new Placeholder(optional ? inner.substring(0, inner.length() - 1) : inner, optional);
    }

    public String token() {
        return "${" + name + (optional ? "?" : "") + "}";
    }
}
