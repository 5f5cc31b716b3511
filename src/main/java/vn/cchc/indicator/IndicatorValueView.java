package vn.cchc.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure of a report as the composer and the checks read it: the typed value ({@code numericValue} for COUNT,
 * DECIMAL, PERCENT, MONEY in đồng; {@code textValue}, {@code dateValue}, {@code yesNo} for the others),
 * {@code qualifier} a {@link Qualifier} name, and {@code printed}: the figure as every output prints it, with its
 * qualifier word ("gần 2.840", "4,42 tỷ đồng").
 */
public record IndicatorValueView(
        String code,
        String label,
        String unitOfMeasure,
        String sectionCode,
        String kind,
        BigDecimal numericValue,
        String textValue,
        String qualifier,
        String note,
        long version,
        LocalDate dateValue,
        Boolean yesNo,
        String printed) {}
