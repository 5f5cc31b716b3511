package vn.cchc.indicator;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a figure as a clerk types it, by the indicator's kind: "2.579", "43,26" (or "43,26/60"), "99,02 %",
 * "4,42 tỷ" or "4.420.000.000" (money is kept exactly in đồng), "10/12/2023", "có". Null when it does not read.
 */
final class FigureParser {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX = new BigDecimal("9999999999999999");
    private static final Pattern MONEY_WORDS = Pattern.compile("^(.+?)\\s*(tỷ|tỉ|triệu|nghìn|ngàn)?\\s*(đồng|đ)?$");
    private static final DateTimeFormatter VN_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private FigureParser() {}

    static IndicatorValues.Parsed parse(Indicator i, String raw, Qualifier q, String note) {
        switch (i.getKind()) {
            case TEXT:
                return new IndicatorValues.Parsed(null, raw, q, note);
            case DATE: {
                LocalDate d = date(raw);
                return d == null ? null : new IndicatorValues.Parsed(null, null, d, null, q, note);
            }
            case YES_NO: {
                Boolean b = yesNo(raw);
                return b == null ? null : new IndicatorValues.Parsed(null, null, null, b, q, note);
            }
            default: {
                BigDecimal n = number(i, raw);
                return n == null ? null : new IndicatorValues.Parsed(n, null, q, note);
            }
        }
    }

    /** The numeric value of a COUNT, DECIMAL, PERCENT or MONEY figure, or null when it breaks the kind's rule. */
    static BigDecimal number(Indicator i, String raw) {
        String t = Normalizer.normalize(raw.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        switch (i.getKind()) {
            case COUNT:
                return wholeDigits(t);
            case PERCENT: {
                BigDecimal n = IndicatorValues.decimal(t.replace("%", "").trim());
                boolean ok = n != null
                        && n.signum() >= 0
                        && n.compareTo(HUNDRED) <= 0
                        && n.stripTrailingZeros().scale() <= 2;
                return ok ? n : null;
            }
            case DECIMAL: {
                int slash = t.indexOf('/');
                String body = slash < 0 ? t : t.substring(0, slash);
                boolean negative = body.trim().startsWith("-");
                BigDecimal n = IndicatorValues.decimal(negative ? body.trim().substring(1) : body);
                if (n == null || n.stripTrailingZeros().scale() > 4 || n.compareTo(MAX) > 0) return null;
                if (negative) n = n.negate();
                if (i.getOutOf() != null && (n.signum() < 0 || n.compareTo(i.getOutOf()) > 0)) return null;
                return n;
            }
            case MONEY:
                return money(t);
            default:
                return null;
        }
    }

    private static BigDecimal wholeDigits(String t) {
        String digits = t.replace(".", "").replace(" ", "").replace("\u00a0", "");
        return digits.matches("\\d{1,16}") ? new BigDecimal(digits) : null;
    }

    /** "4,42 tỷ" → 4.420.000.000; "350 triệu đồng" → 350.000.000; "4.500.845.758" → itself; whole đồng only. */
    private static BigDecimal money(String t) {
        Matcher m = MONEY_WORDS.matcher(t.replace("\u00a0", " ").trim());
        if (!m.matches()) return null;
        String number = m.group(1).trim();
        String scale = m.group(2);
        if (scale == null) return wholeDigits(number);
        BigDecimal n = IndicatorValues.decimal(number);
        if (n == null) return null;
        BigDecimal factor = switch (scale) {
            case "tỷ", "tỉ" -> MoneyScale.BILLION.factor();
            case "triệu" -> MoneyScale.MILLION.factor();
            default -> MoneyScale.THOUSAND.factor();
        };
        BigDecimal dong = n.multiply(factor).stripTrailingZeros();
        if (dong.scale() > 0 || dong.compareTo(MAX) > 0) return null;
        return dong.setScale(0);
    }

    private static LocalDate date(String raw) {
        String t = raw.trim();
        try {
            return t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : LocalDate.parse(t, VN_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Boolean yesNo(String raw) {
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "có", "co", "true", "1", "x" -> Boolean.TRUE;
            case "không", "khong", "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
