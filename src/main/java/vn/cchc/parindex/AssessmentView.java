package vn.cchc.parindex;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A commune's assessment for a year as the pages, the API and the files show it. */
public record AssessmentView(
        ParIndex index,
        long unitId,
        String unitName,
        int year,
        Long assessmentId,
        AssessmentStatus status,
        long version,
        List<ScoreView> scores,
        Instant submittedAt,
        Instant finalisedAt) {

    /** The commune's own total (the survey is not the commune's). */
    public BigDecimal selfTotal() {
        return scores.stream()
                .filter(s -> !s.criterion().survey())
                .map(ScoreView::selfPoints)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The appraised total, survey included; null until the office has appraised. */
    public BigDecimal appraisedTotal() {
        if (status == AssessmentStatus.DRAFT || status == AssessmentStatus.SUBMITTED) return null;
        return scores.stream()
                .map(ScoreView::finalPoints)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal surveyPoints() {
        return scores.stream()
                .filter(s -> s.criterion().survey())
                .map(ScoreView::appraisedPoints)
                .filter(Objects::nonNull)
                .reduce(null, (a, b) -> a == null ? b : a.add(b));
    }

    /** Points per field code («1» → 9,5), appraised where appraised, else the commune's. */
    public Map<String, BigDecimal> fieldPoints() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Criterion f : index.fields()) out.put(f.code(), BigDecimal.ZERO);
        boolean appraised = appraisedTotal() != null;
        for (ScoreView s : scores) {
            BigDecimal p = appraised ? s.finalPoints() : s.selfPoints();
            if (p != null) out.merge(s.criterion().fieldCode(), p, BigDecimal::add);
        }
        return out;
    }

    public String band() {
        return status == AssessmentStatus.FINAL ? index.band(appraisedTotal()) : null;
    }

    public ScoreView score(String code) {
        return scores.stream()
                .filter(s -> s.criterion().code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
