package vn.cchc.check.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;
import vn.cchc.check.internal.CheckContext.IndicatorValue;

/**
 * PROSE_FIGURE_MISMATCH (c): section II.3 and II.4 break the staff down twice. By qualification: university +
 * intermediate cannot exceed the total (ERROR); fewer is a WARNING (another level may be missing from the text).
 * By rating: every cán bộ, công chức and bán chuyên trách is rated once, so the ratings should add up to both
 * (WARNING: the population rated may differ). Only when every code involved has an exact value.
 * Liên Mạc 2023 holds: 14 + 2 = 16; 3 + 23 + 1 = 27 = 16 + 11.
 * Staff movements are told twice too: II.3 "civil servants received and rotated" and II.4 "civil servants transferred
 * in"; when they differ (Liên Mạc: 1 against 2) they may concern different people, so only a note (INFO).
 */
@Component
@Order(32)
class StaffBreakdownCheck implements Check {

    private final CheckTexts texts;

    StaffBreakdownCheck(CheckTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        degrees(context).ifPresent(findings::add);
        ratings(context).ifPresent(findings::add);
        movements(context).ifPresent(findings::add);
        return findings;
    }

    private Optional<Finding> degrees(CheckContext context) {
        Optional<List<BigDecimal>> v = exact(context, "STAFF_TOTAL", "STAFF_UNIVERSITY", "STAFF_INTERMEDIATE");
        if (v.isEmpty()) return Optional.empty();
        BigDecimal total = v.get().get(0);
        BigDecimal sum = v.get().get(1).add(v.get().get(2));
        int cmp = sum.compareTo(total);
        if (cmp == 0) return Optional.empty();
        return Optional.of(new Finding(
                OnlineFiguresCheck.RULE,
                cmp > 0 ? Severity.ERROR : Severity.WARNING,
                texts.text(
                        cmp > 0 ? "check.prose.staffDegreesMore" : "check.prose.staffDegreesFewer",
                        texts.number(v.get().get(1)),
                        texts.number(v.get().get(2)),
                        texts.number(sum),
                        texts.number(total)),
                Links.indicator(context.report().id(), "STAFF_UNIVERSITY")));
    }

    private Optional<Finding> ratings(CheckContext context) {
        Optional<List<BigDecimal>> v = exact(
                context,
                "STAFF_TOTAL",
                "SEMI_PROFESSIONAL_STAFF",
                "RATING_EXCELLENT",
                "RATING_GOOD",
                "RATING_COMPLETED");
        if (v.isEmpty()) return Optional.empty();
        BigDecimal staff = v.get().get(0).add(v.get().get(1));
        BigDecimal rated = v.get().get(2).add(v.get().get(3)).add(v.get().get(4));
        if (rated.compareTo(staff) == 0) return Optional.empty();
        return Optional.of(new Finding(
                OnlineFiguresCheck.RULE,
                Severity.WARNING,
                texts.text(
                        "check.prose.ratings",
                        texts.number(v.get().get(2)),
                        texts.number(v.get().get(3)),
                        texts.number(v.get().get(4)),
                        texts.number(rated),
                        texts.number(v.get().get(0)),
                        texts.number(v.get().get(1)),
                        texts.number(staff)),
                Links.indicator(context.report().id(), "RATING_EXCELLENT")));
    }

    private Optional<Finding> movements(CheckContext context) {
        Optional<List<BigDecimal>> v = exact(context, "CIVIL_SERVANTS_ROTATED", "CIVIL_SERVANTS_TRANSFERRED_IN");
        if (v.isEmpty() || v.get().get(0).compareTo(v.get().get(1)) == 0) return Optional.empty();
        return Optional.of(new Finding(
                OnlineFiguresCheck.RULE,
                Severity.INFO,
                texts.text(
                        "check.prose.movements",
                        texts.number(v.get().get(0)),
                        texts.number(v.get().get(1))),
                Links.indicator(context.report().id(), "CIVIL_SERVANTS_ROTATED")));
    }

    /** The exact numeric values of these codes, in order, or empty if one is missing or qualified. */
    private static Optional<List<BigDecimal>> exact(CheckContext context, String... codes) {
        List<BigDecimal> values = new ArrayList<>();
        for (String code : codes) {
            Optional<IndicatorValue> v = context.number(code);
            if (v.isEmpty() || !v.get().exact()) return Optional.empty();
            values.add(v.get().number());
        }
        return Optional.of(values);
    }
}
