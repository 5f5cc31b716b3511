package vn.cchc.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorParsingTest {

    @Test
    void acceptsCommaAsDecimalSeparatorAndDotForThousands() {
        assertThat(IndicatorValues.decimal("99,02")).isEqualByComparingTo(new BigDecimal("99.02"));
        assertThat(IndicatorValues.decimal("99.02")).isEqualByComparingTo(new BigDecimal("99.02"));
        assertThat(IndicatorValues.decimal("1.234,5")).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(IndicatorValues.decimal("100")).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(IndicatorValues.decimal("abc")).isNull();
        assertThat(IndicatorValues.decimal("-5")).isNull();
    }
}
