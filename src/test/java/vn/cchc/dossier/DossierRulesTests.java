package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.cchc.shared.FieldViolation;

/** The Biểu 06 rules on their own: no Spring, the real Vietnamese messages. */
class DossierRulesTests {

    static final DossierRules RULES = new DossierRules(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("i18n/messages", "i18n/dossier");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    /** The reference row: 2.579 = 2.551 + 25 + 3; 2.576 = 2.569 + 7 + 0; 3 = 3 + 0. */
    static DossierRowView lienMac() {
        return DossierRowView.of("Liên Mạc", DossierGroupKind.UNIT, 2579, 2551, 25, 3, 2576, 2569, 7, 0, 3, 3, 0);
    }

    @Test
    void theReferenceRowIsValid() {
        assertThat(RULES.validate(List.of(lienMac()))).isEmpty();
    }

    @Test
    void receivedTotalMustMatchItsBreakdownWithTheExactMessage() {
        DossierRowView row = DossierRowView.of(
                "Liên Mạc", DossierGroupKind.UNIT, 2580, 2551, 25, 3, null, null, null, null, null, null, null);
        assertThat(RULES.validate(List.of(row)))
                .containsExactly(new FieldViolation(
                        "rows[0].receivedTotal",
                        "Dòng 1 «Liên Mạc», cột (3) Tổng số tiếp nhận = 2.580: phải bằng (4) + (5) + (6) = 2.579."));
    }

    @Test
    void resolvedTotalMustMatchItsBreakdown() {
        DossierRowView row = DossierRowView.of("A", null, null, null, null, null, 2576, 2569, 7, 1, null, null, null);
        assertThat(RULES.validate(List.of(row)))
                .extracting(FieldViolation::field)
                .containsExactly("rows[0].resolvedTotal");
        assertThat(RULES.validate(List.of(row)).get(0).message())
                .isEqualTo("Dòng 1 «A», cột (7) Tổng số đã giải quyết = 2.576: phải bằng (8) + (9) + (10) = 2.577.");
    }

    @Test
    void pendingTotalMustMatchItsBreakdown() {
        DossierRowView row = DossierRowView.of("A", null, null, null, null, null, null, null, null, null, 3, 2, 0);
        assertThat(RULES.validate(List.of(row)))
                .extracting(FieldViolation::field)
                .containsExactly("rows[0].pendingTotal");
    }

    @Test
    void receivedMustEqualResolvedPlusPendingWhenAllThreeAreKnown() {
        DossierRowView row = DossierRowView.of("A", null, 100, null, null, null, 90, null, null, null, 5, null, null);
        List<FieldViolation> errors = RULES.validate(List.of(row));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).field()).isEqualTo("rows[0].receivedTotal");
        assertThat(errors.get(0).message())
                .isEqualTo("Dòng 1 «A», cột (3) Tổng số tiếp nhận = 100: phải bằng (7) + (11) = 95.");
        DossierRowView pendingUnknown =
                DossierRowView.of("A", null, 100, null, null, null, 90, null, null, null, null, null, null);
        assertThat(RULES.validate(List.of(pendingUnknown))).isEmpty();
    }

    @Test
    void aNullFigureSkipsEveryRuleItIsPartOf() {
        DossierRowView row = DossierRowView.of("A", null, 2580, 2551, null, 3, null, 1, 2, 4, 7, 1, null);
        assertThat(RULES.validate(List.of(row))).isEmpty();
        DossierRowView allBlank = DossierRowView.of("A", null, new Integer[11]);
        assertThat(RULES.validate(List.of(allBlank))).isEmpty();
    }

    @Test
    void figuresMustNotBeNegative() {
        DossierRowView row = DossierRowView.of("A", null, 5, -1, 6, 0, null, null, null, null, null, null, null);
        List<FieldViolation> errors = RULES.validate(List.of(row));
        assertThat(errors)
                .containsExactly(new FieldViolation(
                        "rows[0].receivedOnline", "Dòng 1 «A», cột (4) Trực tuyến = -1: phải là số không âm."));
    }

    @Test
    void labelIsRequiredAndTheSecondRowIsNumberedTwo() {
        DossierRowView blank = DossierRowView.of("  ", null, 1, 1, 0, 0, null, null, null, null, null, null, null);
        List<FieldViolation> errors = RULES.validate(List.of(lienMac(), blank));
        assertThat(errors)
                .containsExactly(
                        new FieldViolation("rows[1].label", "Dòng 2, cột (2) Tên đơn vị, lĩnh vực: bắt buộc."));
    }

    @Test
    void customRowNumbersAreUsedInMessages() {
        DossierRowView row = DossierRowView.of("B", null, 2, 1, 0, 0, null, null, null, null, null, null, null);
        assertThat(RULES.validate(List.of(row), List.of(7)).get(0).message()).startsWith("Dòng 7 «B», cột (3)");
    }

    @Test
    void carriedOverMatchingLastPeriodsPendingGivesNoWarning() {
        DossierRowView last =
                DossierRowView.of("Liên Mạc", null, null, null, null, null, null, null, null, null, 3, 3, 0);
        assertThat(RULES.carriedOverWarnings(List.of(lienMac()), List.of(last), "năm 2022"))
                .isEmpty();
    }

    @Test
    void carriedOverDifferentFromLastPeriodsPendingOfTheSameLabelIsAWarning() {
        DossierRowView last =
                DossierRowView.of(" liên mạc ", null, null, null, null, null, null, null, null, null, 5, 5, 0);
        DossierRowView other =
                DossierRowView.of("Thanh Hồng", null, null, null, null, null, null, null, null, null, 9, 9, 0);
        List<FieldViolation> warnings = RULES.carriedOverWarnings(List.of(lienMac()), List.of(other, last), "năm 2022");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).field()).isEqualTo("rows[0].receivedCarriedOver");
        assertThat(warnings.get(0).message())
                .startsWith(
                        "Dòng 1 «Liên Mạc», cột (6) Kỳ trước chuyển qua = 3: khác số hồ sơ đang giải quyết (11) = 5 của cùng dòng trong báo cáo năm 2022.");
    }

    @Test
    void carriedOverIsNotCheckedWhenEitherSideIsNotReported() {
        DossierRowView last = DossierRowView.of("Liên Mạc", null, new Integer[11]);
        assertThat(RULES.carriedOverWarnings(List.of(lienMac()), List.of(last), "năm 2022"))
                .isEmpty();
    }

    @Test
    void missingLastPeriodIsOneWarningOnlyWhenSomethingWasCarriedOver() {
        assertThat(RULES.carriedOverWarnings(List.of(lienMac()), null, null))
                .extracting(FieldViolation::field)
                .containsExactly("rows");
        DossierRowView nothingCarried =
                DossierRowView.of("A", null, 1, 1, 0, 0, null, null, null, null, null, null, null);
        assertThat(RULES.carriedOverWarnings(List.of(nothingCarried), null, null))
                .isEmpty();
    }
}
