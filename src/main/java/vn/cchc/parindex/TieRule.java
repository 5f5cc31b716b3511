package vn.cchc.parindex;

/**
 * How equal totals are ranked. SHARED: equal totals share a rank and the next rank is skipped (1, 2, 2, 4).
 * SURVEY_FIRST: the higher survey points rank first; equal totals and equal survey points then share a rank.
 */
public enum TieRule {
    SHARED,
    SURVEY_FIRST
}
