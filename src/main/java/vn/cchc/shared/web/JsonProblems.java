package vn.cchc.shared.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import vn.cchc.shared.Messages;

/**
 * Turns Jackson's refusal of a request body into a Vietnamese message naming the field (its JSON path, e.g.
 * {@code rows[0].receivedTotal}, and its Vietnamese name where the messages have one under {@code field.<name>}).
 * A body that is not JSON at all has no field.
 */
final class JsonProblems {

    record Problem(String field, String message) {}

    private JsonProblems() {}

    static Problem describe(HttpMessageNotReadableException e, Messages messages) {
        JacksonException j = null;
        for (Throwable t = e; t != null && j == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException x) j = x;
        }
        if (j == null) return new Problem(null, text(messages, "api.json.missing"));
        String path = path(j);
        boolean broken =
                j instanceof tools.jackson.core.exc.StreamReadException && !(j instanceof InputCoercionException)
                        || String.valueOf(j.getMessage()).contains("end-of-input");
        if (broken) return new Problem(null, text(messages, "api.json.malformed"));
        if (path.isEmpty()) {
            boolean syntax = !(j instanceof DatabindException) && !(j instanceof InputCoercionException);
            return new Problem(null, text(messages, syntax ? "api.json.malformed" : "api.json.wrongShape"));
        }
        String name = label(messages, path);
        if (j instanceof InputCoercionException) {
            return new Problem(path, text(messages, "api.json.outOfRange", name));
        }
        if (j instanceof InvalidFormatException f) {
            Object value = f.getValue();
            Class<?> target = f.getTargetType();
            if (value instanceof String s && s.indexOf('\0') >= 0)
                return new Problem(path, text(messages, "api.json.nul", name));
            if (target != null && target.isEnum()) {
                return new Problem(path, text(messages, "api.json.enum", name, shown(value), allowed(target)));
            }
            if (isWhole(target)) {
                String key = value instanceof Number ? "api.json.notWhole" : "api.json.notNumber";
                return new Problem(path, text(messages, key, name, shown(value)));
            }
            return new Problem(path, text(messages, "api.json.invalid", name, shown(value)));
        }
        if (j instanceof MismatchedInputException m && isWhole(m.getTargetType())) {
            return new Problem(path, text(messages, "api.json.notWhole", name, "?"));
        }
        return new Problem(path, text(messages, "api.json.wrongType", name));
    }

    private static boolean isWhole(Class<?> c) {
        return c == Integer.class
                || c == int.class
                || c == Long.class
                || c == long.class
                || c == Short.class
                || c == short.class;
    }

    private static String shown(Object value) {
        String s = String.valueOf(value).replace("\0", "\\0");
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String allowed(Class<?> e) {
        StringBuilder s = new StringBuilder();
        for (Object c : e.getEnumConstants()) s.append(s.isEmpty() ? "" : ", ").append(((Enum<?>) c).name());
        return s.toString();
    }

    /** {@code rows[0].receivedTotal} from Jackson's path references. */
    static String path(JacksonException e) {
        StringBuilder s = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) s.append(s.isEmpty() ? "" : ".").append(r.getPropertyName());
            else if (r.getIndex() >= 0) s.append('[').append(r.getIndex()).append(']');
        }
        return s.toString();
    }

    /** «rows[0].receivedTotal» ((3) Tổng số …): the path, with the Vietnamese name of its last property if known. */
    private static String label(Messages messages, String path) {
        String last = path.replaceAll("\\[\\d+]$", "");
        last = last.substring(last.lastIndexOf('.') + 1);
        String vi = messages.textOr("field." + last, null);
        return vi == null ? "«" + path + "»" : "«" + path + "» (" + vi + ")";
    }

    private static String text(Messages messages, String key, Object... args) {
        return messages.text(key, args);
    }
}
