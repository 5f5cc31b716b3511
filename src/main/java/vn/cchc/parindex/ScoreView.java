package vn.cchc.parindex;

import java.math.BigDecimal;
import java.util.List;

/** A leaf of the index with the commune's score, its evidence and the office's appraisal. */
public record ScoreView(
        Criterion criterion,
        BigDecimal selfPoints,
        String explanation,
        String prefillSource,
        BigDecimal appraisedPoints,
        String appraisalReason,
        String answer,
        List<EvidenceView> evidence,
        Suggestion suggestion) {

    /** The office's points when it changed the score, else the commune's (the survey has only the office's). */
    public BigDecimal finalPoints() {
        return appraisedPoints != null ? appraisedPoints : criterion.survey() ? null : selfPoints;
    }

    public boolean changed() {
        return appraisedPoints != null && !criterion.survey();
    }
}
