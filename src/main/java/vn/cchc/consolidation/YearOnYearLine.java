package vn.cchc.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One line of the year-on-year comparison of the consolidated table, both totals over the same units (those counted
 * this year that have last year's figures): a count in dossiers or a rate in percent, and the change — this minus
 * last, for a rate in percentage points. A value is null when unknown (nothing to compare, a column not reported).
 */
public record YearOnYearLine(String key, boolean rate, BigDecimal thisYear, BigDecimal lastYear, BigDecimal change) {

    /** Message key suffixes (consolidation.yoy.line.*), in print order. */
    public static final List<String> KEYS =
            List.of("received", "receivedOnline", "resolved", "onlineShare", "onTimeShare");

    static List<YearOnYearLine> of(Figures now, Figures before) {
        return List.of(
                count("received", now.receivedTotal(), before.receivedTotal()),
                count("receivedOnline", now.receivedOnline(), before.receivedOnline()),
                count("resolved", now.resolvedTotal(), before.resolvedTotal()),
                rate("onlineShare", now.onlineShare(), before.onlineShare()),
                rate("onTimeShare", now.onTimeShare(), before.onTimeShare()));
    }

    private static YearOnYearLine count(String key, Long now, Long before) {
        BigDecimal a = now == null ? null : BigDecimal.valueOf(now);
        BigDecimal b = before == null ? null : BigDecimal.valueOf(before);
        return new YearOnYearLine(key, false, a, b, a == null || b == null ? null : a.subtract(b));
    }

    private static YearOnYearLine rate(String key, Double now, Double before) {
        BigDecimal a = now == null ? null : BigDecimal.valueOf(now).setScale(2, RoundingMode.HALF_UP);
        BigDecimal b = before == null ? null : BigDecimal.valueOf(before).setScale(2, RoundingMode.HALF_UP);
        return new YearOnYearLine(key, true, a, b, a == null || b == null ? null : a.subtract(b));
    }
}
