package vn.cchc.period;

public enum PeriodKind {
    YEAR,
    NINE_MONTHS,
    HALF_YEAR,
    QUARTER,
    MONTH,
    AD_HOC
}
