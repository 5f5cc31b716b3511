package vn.cchc.composition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.period.ReportKind.Heading;

/** Left-out sections close up the numbering: I, II, III… and 1., 2.…, 2.1., a) stay continuous. */
class HeadingNumbersTest {

    static Heading h(int level, String number) {
        return new Heading(level, number, "Tiêu đề " + number, null);
    }

    @Test
    void romanArabicDottedAndLettersCloseUpAfterOmittedSections() {
        // outline I. 1. 2. 2.1. 2.2. a) b) 3. II. III. IV. with 1., 2.1., a), II. left out
        List<Heading> kept =
                List.of(h(1, "I."), h(2, "2."), h(2, "2.2."), h(3, "b)"), h(2, "3."), h(1, "III."), h(1, "IV."));
        assertThat(HeadingNumbers.renumber(kept)).containsExactly("I.", "1.", "1.1.", "a)", "2.", "II.", "III.");
    }

    @Test
    void theControlReportWithoutItsFirstSubsectionsAndWithoutRecommendations() {
        List<Heading> kept = List.of(h(1, "I."), h(2, "3."), h(2, "5."), h(1, "II."), h(2, "2."), h(1, "III."));
        assertThat(HeadingNumbers.renumber(kept)).containsExactly("I.", "1.", "2.", "II.", "1.", "III.");
    }

    @Test
    void nothingLeftOutKeepsTheNumbersAndAnEmptyNumberStaysEmpty() {
        List<Heading> all = List.of(h(1, "I."), h(2, ""), h(2, "1."), h(2, "2."), h(1, "II."), h(1, "IX."));
        assertThat(HeadingNumbers.renumber(all)).containsExactly("I.", "", "1.", "2.", "II.", "III.");
        assertThat(HeadingNumbers.format("X.", 14, "")).isEqualTo("XIV.");
    }
}
