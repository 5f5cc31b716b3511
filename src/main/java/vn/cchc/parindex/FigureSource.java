package vn.cchc.parindex;

/** A figure the app already knows that pre-fills a criterion. */
public enum FigureSource {
    /** Biểu 06 of the unit's annual report: received online / received. */
    ONLINE_RATE,
    /** Biểu 06: resolved early or on time / resolved. */
    ON_TIME_RATE,
    /** The unit's annual CCHC report: submitted, and not late. */
    REPORT_ON_TIME
}
