package vn.cchc.indicator;

/** What the administrator types for a catalogue entry (code only on creation). */
public record IndicatorInput(String code, String label, String unitOfMeasure, String sectionCode, String kind,
                             Integer position, boolean active) {
}
