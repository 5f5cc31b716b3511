package vn.cchc.indicator;

/** One row of the figures page: the catalogue entry and its current value as typed text. */
public record IndicatorEntry(
        String code,
        String label,
        String unitOfMeasure,
        String sectionCode,
        String kind,
        String value,
        String qualifier,
        String note,
        Long version) {}
