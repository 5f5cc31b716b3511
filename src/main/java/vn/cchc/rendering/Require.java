package vn.cchc.rendering;

import java.util.List;
import java.util.Objects;

/** Argument checks for the model: a model that constructs is always renderable. */
final class Require {

    private Require() {}

    static String text(String value, String what) {
        Objects.requireNonNull(value, () -> what + " is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /** An immutable copy that rejects null elements and blank strings. */
    static List<String> lines(List<String> values, String what) {
        Objects.requireNonNull(values, () -> what + " is required");
        for (int i = 0; i < values.size(); i++) {
            text(values.get(i), what + "[" + i + "]");
        }
        return List.copyOf(values);
    }
}
