package vn.cchc.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTests {

    static Figures f(Long... v) {
        return Figures.of(v);
    }

    @Test
    void sumIsColumnWiseAndAnUnknownFigureMakesItsColumnUnknown() {
        Figures a = f(10L, 8L, 2L, 0L, 9L, 5L, 3L, 1L, 1L, 1L, 0L);
        Figures b = f(100L, 50L, 50L, null, 90L, 80L, 5L, 5L, 10L, 9L, 1L);
        Figures s = Figures.sum(List.of(a, b));
        assertThat(s.asList()).containsExactly(110L, 58L, 52L, null, 99L, 85L, 8L, 6L, 11L, 10L, 1L);
    }

    @Test
    void ratesOfATotalComeFromTheSumsNotFromAnAverageOfRates() {
        Figures small = f(10L, 10L, 0L, 0L, 10L, 0L, 10L, 0L, 0L, 0L, 0L); // 100 % online, 100 % on time
        Figures big = f(990L, 0L, 990L, 0L, 990L, 0L, 0L, 990L, 0L, 0L, 0L); // 0 %, 0 %
        Figures total = Figures.sum(List.of(small, big));
        assertThat(total.onlineShare()).isEqualTo(1.0); // 10 / 1000, not (100 + 0) / 2
        assertThat(total.onTimeShare()).isEqualTo(1.0);
        assertThat(Figures.empty().onlineShare()).isNull();
        assertThat(f(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L).onTimeShare()).isNull();
    }
}
