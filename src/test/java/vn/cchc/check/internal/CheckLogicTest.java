package vn.cchc.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.cchc.check.internal.Tokens.Token;

/** The pure pieces of the checks, without Spring. */
class CheckLogicTest {

    @Test
    void tokensAreParsedWithKindKeyAndFormatAndTypedTextHidesThem() {
        assertThat(Tokens.in("a {{doc:12}} b {{ind:STAFF_TOTAL|00}} {{ proc : COMMUNE.fields }} {{oops}}"))
                .containsExactly(
                        new Token("{{doc:12}}", "doc", "12", null),
                        new Token("{{ind:STAFF_TOTAL|00}}", "ind", "STAFF_TOTAL", "00"),
                        new Token("{{ proc : COMMUNE.fields }}", "proc", "COMMUNE.fields", null),
                        new Token("{{oops}}", null, null, null));
        assertThat(Tokens.typedText("tiếp nhận {{ind:ONLINE_DOSSIERS}} hồ sơ")).isEqualTo("tiếp nhận ¤ hồ sơ");
        assertThat(Tokens.documentIds("{{doc:7}} {{doc:kh36}} {{doc:9|short}}")).containsExactly(7L, 9L);
    }

    @Test
    void numbersAreComparedWithoutSpacesCaseAndLeadingZerosButĐStaysĐ() {
        assertThat(DuplicateNumberCheck.normalise("16 / kh-UBND")).isEqualTo("16/KH-UBND");
        assertThat(DuplicateNumberCheck.normalise("09/KH-UBND")).isEqualTo(DuplicateNumberCheck.normalise("9/KH-UBND"));
        assertThat(DuplicateNumberCheck.normalise("05/qđ-UBND"))
                .isEqualTo("5/QĐ-UBND")
                .isNotEqualTo(DuplicateNumberCheck.normalise("05/QD-UBND"));
    }

    @Test
    void aTypeCodeGluedToTheIssuerIsRecognised() {
        assertThat(SymbolFormatCheck.gluedCode("QĐUBND")).contains("QĐ");
        assertThat(SymbolFormatCheck.gluedCode("TTrUBND")).contains("TTr");
        assertThat(SymbolFormatCheck.gluedCode("UBND")).isEmpty();
        assertThat(SymbolFormatCheck.code("ttr")).contains("TTr");
        assertThat(SymbolFormatCheck.code("QD")).isEmpty();
    }

    @Test
    void printedRatesAreComparedAtTheirPrecision() {
        BigDecimal computed = new BigDecimal("98.9143");
        assertThat(DossierTotals.sameRate(new BigDecimal("98.91"), computed)).isTrue();
        assertThat(DossierTotals.sameRate(new BigDecimal("98.9"), computed)).isTrue();
        assertThat(DossierTotals.sameRate(new BigDecimal("99"), computed)).isTrue();
        assertThat(DossierTotals.sameRate(new BigDecimal("99.02"), computed)).isFalse();
        assertThat(DossierTotals.sameRate(new BigDecimal("98.93"), computed)).isFalse();
    }

    @Test
    void qualifiersSayWhichWayAReportedValueMayDiffer() {
        BigDecimal actual = new BigDecimal("2551");
        assertThat(Qualified.holds("EXACT", new BigDecimal("2551"), actual, BigDecimal.ZERO, false))
                .isTrue();
        assertThat(Qualified.holds("EXACT", new BigDecimal("2444"), actual, BigDecimal.ZERO, false))
                .isFalse();
        assertThat(Qualified.holds("APPROX", new BigDecimal("2500"), actual, BigDecimal.ZERO, false))
                .isTrue();
        assertThat(Qualified.holds("APPROX", new BigDecimal("2000"), actual, BigDecimal.ZERO, false))
                .isFalse();
        assertThat(Qualified.holds("OVER", new BigDecimal("2500"), actual, BigDecimal.ZERO, false))
                .isTrue();
        assertThat(Qualified.holds("OVER", new BigDecimal("2600"), actual, BigDecimal.ZERO, false))
                .isFalse();
        assertThat(Qualified.holds("UNDER", new BigDecimal("2600"), actual, BigDecimal.ZERO, false))
                .isTrue();
        assertThat(Qualified.holds("AT_LEAST", new BigDecimal("2551"), actual, BigDecimal.ZERO, false))
                .isTrue();
        assertThat(Qualified.holds("AT_LEAST", new BigDecimal("2552"), actual, BigDecimal.ZERO, false))
                .isFalse();
    }

    @Test
    void sentencesAreCutAtStopsButNotInsideNumbersAndLoseTheirBullet() {
        assertThat(Sentences.typed("- Tiếp nhận 2.579 hồ sơ. Trả 2.576 hồ sơ; còn 3.\n\n+ {{ind:X}} hồ sơ trực tuyến"))
                .containsExactly("Tiếp nhận 2.579 hồ sơ.", "Trả 2.576 hồ sơ;", "còn 3.", "¤ hồ sơ trực tuyến");
    }
}
