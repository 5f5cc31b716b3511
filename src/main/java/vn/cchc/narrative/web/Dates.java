package vn.cchc.narrative.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** dd/MM/yyyy in forms (also d/M/yyyy); null when empty or invalid. */
final class Dates {

    private static final DateTimeFormatter PARSE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {}

    static LocalDate parse(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.trim(), PARSE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean valid(String s) {
        return s == null || s.isBlank() || parse(s) != null;
    }

    static String show(LocalDate d) {
        return d == null ? "" : SHOW.format(d);
    }
}
