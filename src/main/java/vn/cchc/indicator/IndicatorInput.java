package vn.cchc.indicator;

import java.util.List;

/**
 * What the administrator (or an office, for its own units) types for a catalogue entry (code only on creation).
 * {@code moneyScale} and {@code outOf} shape how MONEY and DECIMAL figures print; {@code parts} are the codes of
 * the indicators that add up to this one; {@code numerator}/{@code denominator} name what a PERCENT is the ratio
 * of ({@code ind:CODE} or {@code dossier:column}); {@code ownerUnitId}, {@code yearFrom}, {@code yearTo} scope an
 * office's own entry to its units and years (null owner: the national catalogue).
 */
public record IndicatorInput(
        String code,
        String label,
        String unitOfMeasure,
        String sectionCode,
        String kind,
        Integer position,
        boolean active,
        String moneyScale,
        String outOf,
        List<String> parts,
        String numerator,
        String denominator,
        Long ownerUnitId,
        Integer yearFrom,
        Integer yearTo) {

    public IndicatorInput(
            String code,
            String label,
            String unitOfMeasure,
            String sectionCode,
            String kind,
            Integer position,
            boolean active) {
        this(
                code,
                label,
                unitOfMeasure,
                sectionCode,
                kind,
                position,
                active,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public List<String> partList() {
        return parts == null
                ? List.of()
                : parts.stream()
                        .filter(p -> p != null && !p.isBlank())
                        .map(String::trim)
                        .toList();
    }
}
