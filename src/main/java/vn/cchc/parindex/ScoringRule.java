package vn.cchc.parindex;

/** How a leaf of the index is scored. */
public enum ScoringRule {
    /** One of the listed levels («1; 0,5; 0»). */
    OPTIONS,
    /** Any value from 0 to the maximum, usually a rate × the maximum. */
    PROPORTIONAL,
    /** The maximum minus deductions (the listed option is the deduction per shortcoming); not below 0. */
    DEDUCTION,
    /** The satisfaction survey: entered by the office, never by the commune. */
    SURVEY
}
