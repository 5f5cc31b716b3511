package vn.cchc.parindex.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Points as people type them («1,5», «39,95», «2») and as we print them («1,5»). */
public final class Points {

    private Points() {}

    /** The number typed, or null when blank; throws NumberFormatException for anything else. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) return null;
        String s = text.strip().replace(" ", "");
        // «1,5» is Vietnamese; «1.5» from a spreadsheet cell is accepted too (a point never groups thousands here)
        s = s.replace(',', '.');
        if (!s.matches("-?\\d{1,4}(\\.\\d+)?")) throw new NumberFormatException(text);
        return new BigDecimal(s);
    }

    public static boolean tooPrecise(BigDecimal p) {
        return p.stripTrailingZeros().scale() > 2;
    }

    public static String format(BigDecimal p) {
        if (p == null) return "";
        return p.setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString()
                .replace('.', ',');
    }

    /** «1; 0,5; 0» → [1, 0.5, 0]. */
    public static List<BigDecimal> list(String text) {
        List<BigDecimal> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        for (String part : text.split(";")) {
            BigDecimal p = parse(part);
            if (p != null) out.add(p);
        }
        return out;
    }

    public static String listText(List<BigDecimal> points) {
        return String.join("; ", points.stream().map(Points::format).toList());
    }

    public static BigDecimal sum(List<BigDecimal> points) {
        return points.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
