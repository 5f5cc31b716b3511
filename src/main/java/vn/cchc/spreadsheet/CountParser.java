package vn.cchc.spreadsheet;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Non-negative whole numbers as clerks and one-stop software write them: a numeric cell, {@code 2579},
 * {@code 2.579} (dots group thousands, as in Vietnamese), with spaces allowed. Blank means "not reported".
 */
public final class CountParser {

    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private CountParser() {}

    /** The outcome: {@code valid == false} means the input is not a count; otherwise value may be null (blank). */
    public record Parsed(boolean valid, Integer value) {}

    public static Parsed parse(String text) {
        if (text == null) return new Parsed(true, null);
        String s = text.replace('\u00a0', ' ').replace(" ", "").trim();
        if (s.isEmpty()) return new Parsed(true, null);
        if (!PLAIN.matcher(s).matches() && !GROUPED.matcher(s).matches()) return new Parsed(false, null);
        String digits = s.replace(".", "");
        if (digits.length() > 9) return new Parsed(false, null);
        return new Parsed(true, Integer.parseInt(digits));
    }

    public static Parsed parse(SheetCell cell) {
        if (cell.number() != null) {
            double d = cell.number();
            if (d < 0 || d != Math.rint(d) || d > Integer.MAX_VALUE) return new Parsed(false, null);
            return new Parsed(true, (int) d);
        }
        return parse(cell.text());
    }

    public static Optional<Integer> valueOrEmpty(String text) {
        return Optional.ofNullable(parse(text).value());
    }
}
