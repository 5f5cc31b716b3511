package vn.cchc.indicator;

import java.math.BigDecimal;

/**
 * How a money figure is printed; the value itself is always kept exactly in đồng. Reports write large sums in
 * tỷ or triệu ("4,42 tỷ đồng", "350 triệu đồng"); AUTO takes the largest scale the sum reaches.
 */
public enum MoneyScale {
    DONG(1, "đồng"),
    THOUSAND(1_000, "nghìn đồng"),
    MILLION(1_000_000, "triệu đồng"),
    BILLION(1_000_000_000, "tỷ đồng"),
    AUTO(1, "");

    private final BigDecimal factor;
    private final String words;

    MoneyScale(long factor, String words) {
        this.factor = BigDecimal.valueOf(factor);
        this.words = words;
    }

    public BigDecimal factor() {
        return factor;
    }

    /** The words after the number ("tỷ đồng"). */
    public String words() {
        return words;
    }

    public String labelKey() {
        return "indicator.moneyScale." + name();
    }

    /** The scale a sum prints in: itself, or for AUTO tỷ from 1 tỷ, triệu from 1 triệu, else đồng. */
    public MoneyScale resolve(BigDecimal dong) {
        if (this != AUTO) return this;
        BigDecimal abs = dong.abs();
        if (abs.compareTo(BILLION.factor) >= 0) return BILLION;
        if (abs.compareTo(MILLION.factor) >= 0) return MILLION;
        return DONG;
    }
}
