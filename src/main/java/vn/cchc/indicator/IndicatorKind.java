package vn.cchc.indicator;

/** COUNT and MONEY are whole numbers ≥ 0, PERCENT 0–100 with up to two decimals, TEXT free text. */
public enum IndicatorKind {
    COUNT, MONEY, PERCENT, TEXT;

    public String labelKey() { return "indicator.kind." + name(); }
}
