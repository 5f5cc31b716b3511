package vn.cchc.parindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** A province's (or an office's) index for one year: the criteria in tree order, the bands and the tie rule. */
public record ParIndex(
        long id,
        long ownerUnitId,
        int year,
        String title,
        String legalBasis,
        List<Band> bands,
        TieRule tieRule,
        List<Criterion> criteria) {

    public List<Criterion> leaves() {
        return criteria.stream().filter(Criterion::leaf).toList();
    }

    public List<Criterion> fields() {
        return criteria.stream().filter(c -> c.level() == 1).toList();
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The whole index's maximum: the sum of its fields. */
    public BigDecimal maxPoints() {
        return fields().stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal surveyMax() {
        return leaves().stream()
                .filter(Criterion::survey)
                .map(Criterion::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The band a total earns (bands are kept highest first). */
    public String band(BigDecimal total) {
        if (total == null || maxPoints().signum() == 0) return null;
        BigDecimal percent = total.multiply(BigDecimal.valueOf(100)).divide(maxPoints(), 4, RoundingMode.HALF_UP);
        for (Band b : bands) if (percent.compareTo(b.minPercent()) >= 0) return b.label();
        return bands.isEmpty() ? null : bands.get(bands.size() - 1).label();
    }
}
