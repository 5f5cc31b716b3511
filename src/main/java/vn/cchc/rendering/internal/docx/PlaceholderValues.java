package vn.cchc.rendering.internal.docx;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.cchc.rendering.TemplateException;

/**
 * The values of one rendering, by placeholder name. A name outside {@code known} is a template error even
 * when the template is otherwise fine; a known name without a value is an error unless marked optional.
 */
public final class PlaceholderValues {

    /** A picture to put in place of a placeholder. */
    public record Picture(byte[] data) {}

    private final Set<String> known;
    private final Map<String, Object> values = new HashMap<>();

    public PlaceholderValues(Set<String> known) {
        this.known = Set.copyOf(known);
    }

    public PlaceholderValues text(String name, String value) {
        return put(name, value);
    }

    public PlaceholderValues picture(String name, byte[] data) {
        return put(name, data == null ? null : new Picture(data));
    }

    private PlaceholderValues put(String name, Object value) {
        if (!known.contains(name)) {
            throw new IllegalArgumentException("not a known placeholder: " + name);
        }
        if (value != null && !(value instanceof String s && s.isBlank())) {
            values.put(name, value);
        }
        return this;
    }

    /** The value of a placeholder: a String, a {@link Picture}, or null for an absent optional one. */
    Object resolve(Placeholder placeholder, String where) {
        checkKnown(known, placeholder, where);
        Object value = values.get(placeholder.name());
        if (value == null && !placeholder.optional()) {
            throw new TemplateException("Placeholder " + placeholder.token() + " in " + where
                    + " has no value in this report (mark it ${" + placeholder.name() + "?} if it may be empty)");
        }
        return value;
    }

    static void checkKnown(Set<String> known, Placeholder placeholder, String where) {
        if (!known.contains(placeholder.name())) {
            throw new TemplateException("Unknown placeholder " + placeholder.token() + " in " + where
                    + "; known placeholders: " + known.stream().sorted().toList());
        }
    }
}
