package vn.cchc.officereport;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator compiled over the counted units. {@code method} says how: counts and money SUMmed, a percent with a
 * ratio in the catalogue recomputed as a RATE from the summed parts ({@code numerator}/{@code denominator}), other
 * numbers (scores, percents without parts) as a RANGE (min / median / max, never an average), texts, dates and
 * yes/no LISTed by unit. {@code printed} is what the report prints (and {@code {{sum:CODE}}} resolves to);
 * {@code unitsWithValue} of {@code unitsCounted} units gave the figure.
 */
public record CompiledFigure(
        String code,
        String label,
        String kind,
        String sectionCode,
        Method method,
        BigDecimal value,
        String qualifier,
        String printed,
        int unitsWithValue,
        int unitsCounted,
        BigDecimal numerator,
        BigDecimal denominator,
        BigDecimal min,
        BigDecimal median,
        BigDecimal max,
        List<UnitValue> byUnit) {

    public enum Method {
        SUM,
        RATE,
        RANGE,
        LIST
    }

    /** A unit's own figure as it reported it. */
    public record UnitValue(long orgUnitId, String orgUnitName, BigDecimal value, String printed) {}
}
