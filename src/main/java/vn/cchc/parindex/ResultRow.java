package vn.cchc.parindex;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A commune in the office's results: its totals, points per field, band and rank (null until the office has
 * finalised), and last year's appraised total for comparison.
 */
public record ResultRow(
        long orgUnitId,
        String orgUnitName,
        AssessmentStatus status,
        BigDecimal selfScore,
        BigDecimal appraisedScore,
        BigDecimal surveyPoints,
        Map<String, BigDecimal> fieldPoints,
        String band,
        Integer rank,
        BigDecimal previousScore) {}
