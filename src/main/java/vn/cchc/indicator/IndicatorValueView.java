package vn.cchc.indicator;

import java.math.BigDecimal;

/**
 * A figure of a report as the composer and the checks read it. {@code numericValue} for COUNT/MONEY/PERCENT,
 * {@code textValue} for TEXT; {@code qualifier} is a {@link Qualifier} name.
 */
public record IndicatorValueView(String code, String label, String unitOfMeasure, String sectionCode, String kind,
                                 BigDecimal numericValue, String textValue, String qualifier, String note, long version) {
}
