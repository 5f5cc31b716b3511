package vn.cchc.rendering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Vietnamese number and date formatting as official documents print them: "2.579", "4.500.845.758",
 * "99,02 %", "09/12/2023", "ngày 05 tháng 02 năm 2023". Hand-written rather than a DecimalFormat so
 * that the output does not depend on the JDK's locale data.
 */
public final class VnFormat {

    private VnFormat() {}

    /** An integer with "." as the thousands separator: 4500845758 → "4.500.845.758". */
    public static String integer(long value) {
        String digits = Long.toString(Math.abs(value));
        return (value < 0 ? "-" : "") + groupThousands(digits);
    }

    /** A figure for a table cell: null (not reported) → "". */
    public static String figure(Long value) {
        return value == null ? "" : integer(value);
    }

    /** A decimal with "," before the decimals, rounded half up: (99.024, 2) → "99,02"; (1234.5, 1) → "1.234,5". */
    public static String decimal(BigDecimal value, int scale) {
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        return (rounded.signum() < 0 ? "-" : "") + groupThousands(whole) + fraction;
    }

    /** A percentage with a space before the sign: (99.02, 2) → "99,02 %". */
    public static String percent(BigDecimal value, int scale) {
        return decimal(value, scale) + " %";
    }

    /** dd/MM/yyyy: "09/12/2023". */
    public static String date(LocalDate date) {
        return twoDigits(date.getDayOfMonth()) + "/" + twoDigits(date.getMonthValue()) + "/" + date.getYear();
    }

    /**
     * The written date of Decree 30: "ngày 10 tháng 12 năm 2023". Days below 10 and the months 1 and 2
     * take a leading zero ("ngày 05 tháng 02"), other months do not ("tháng 3").
     */
    public static String dateText(LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? twoDigits(month) : Integer.toString(month);
        return "ngày " + twoDigits(date.getDayOfMonth()) + " tháng " + monthText + " năm " + date.getYear();
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String groupThousands(String digits) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
