package vn.cchc.indicator;

/**
 * COUNT and MONEY are whole numbers ≥ 0 (money in đồng), DECIMAL a number with up to four decimals (scores),
 * PERCENT 0–100 with up to two decimals, DATE a day, YES_NO có/không, TEXT free text.
 */
public enum IndicatorKind {
    COUNT,
    DECIMAL,
    PERCENT,
    MONEY,
    DATE,
    TEXT,
    YES_NO;

    public String labelKey() {
        return "indicator.kind." + name();
    }

    /** Kinds stored in numeric_value (they take a qualifier: "gần 2.840"). */
    public boolean numeric() {
        return this == COUNT || this == DECIMAL || this == PERCENT || this == MONEY;
    }
}
