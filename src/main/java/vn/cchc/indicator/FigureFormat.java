package vn.cchc.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A typed figure printed as Vietnamese reports write it, without its qualifier word: 2.579, 43,26/60 điểm,
 * 99,02 %, 4,42 tỷ đồng, 10/12/2023, có. One place, so the preview, DOCX, PDF and the checks print the same.
 */
public final class FigureFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FigureFormat() {}

    /** A number with "." between thousands and "," before decimals, up to {@code maxDecimals} decimals. */
    public static String number(BigDecimal n, int maxDecimals) {
        DecimalFormatSymbols s = new DecimalFormatSymbols();
        s.setGroupingSeparator('.');
        s.setDecimalSeparator(',');
        DecimalFormat f = new DecimalFormat("#,##0" + (maxDecimals > 0 ? "." + "#".repeat(maxDecimals) : ""), s);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(n);
    }

    /** The figure's body; {@code padTwoDigits} prints a count below 10 with two digits ("02"). */
    public static String body(
            IndicatorKind kind,
            MoneyScale scale,
            BigDecimal outOf,
            String unitOfMeasure,
            BigDecimal numeric,
            String text,
            LocalDate date,
            Boolean yesNo,
            boolean padTwoDigits) {
        return switch (kind) {
            case TEXT -> text == null ? "" : text;
            case DATE -> date == null ? "" : DATE.format(date);
            case YES_NO -> yesNo == null ? "" : yesNo ? "có" : "không";
            default ->
                numeric == null
                        ? (text == null ? "" : text)
                        : numeric(kind, scale, outOf, unitOfMeasure, numeric, padTwoDigits);
        };
    }

    private static String numeric(
            IndicatorKind kind, MoneyScale scale, BigDecimal outOf, String unit, BigDecimal n, boolean pad) {
        switch (kind) {
            case PERCENT:
                return number(n, 2) + " %";
            case DECIMAL: {
                String v = number(n, 4);
                if (outOf == null) return v;
                return v + "/" + number(outOf, 2) + (unit == null || unit.isBlank() ? "" : " " + unit.trim());
            }
            case MONEY: {
                MoneyScale s = (scale == null ? MoneyScale.DONG : scale).resolve(n);
                if (s == MoneyScale.DONG && scale != MoneyScale.AUTO) return number(n, 0);
                return number(n.divide(s.factor()), 2) + " " + s.words();
            }
            default: {
                boolean small = n.signum() >= 0
                        && n.compareTo(BigDecimal.TEN) < 0
                        && n.stripTrailingZeros().scale() <= 0;
                return pad && small ? String.format("%02d", n.intValue()) : number(n, 0);
            }
        }
    }
}
