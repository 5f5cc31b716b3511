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
import vn.cchc.indicator.IndicatorRelations;
import vn.cchc.indicator.IndicatorRelations.Breakdown;

/**
 * FIGURE_PARTS: a figure broken down in the catalogue (petitions = denunciations + complaints + requests) must
 * equal its parts. All parts entered and a different sum: ERROR (WARNING when a qualified figure still allows it).
 * Some parts left empty is no excuse to stay silent: parts already above the total is an ERROR, parts below it a
 * WARNING naming what is still unclassified. Nothing when no part is entered (the breakdown was not reported).
 */
@Component
@Order(33)
class PartsSumCheck implements Check {

    static final String RULE = "FIGURE_PARTS";
    private final CheckTexts texts;
    private final IndicatorRelations relations;

    PartsSumCheck(CheckTexts texts, IndicatorRelations relations) {
        this.texts = texts;
        this.relations = relations;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Breakdown b : relations.breakdowns()) {
            Optional<IndicatorValue> total = context.number(b.totalCode());
            if (total.isEmpty()) continue;
            check(context, total.get(), b).ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> check(CheckContext context, IndicatorValue total, Breakdown b) {
        List<String> shown = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean exact = total.exact();
        for (String code : b.partCodes()) {
            Optional<IndicatorValue> part = context.number(code);
            if (part.isEmpty()) {
                CheckContext.Indicator i = context.catalogue().get(code);
                missing.add("«" + (i == null ? code : i.label()) + "»");
                continue;
            }
            sum = sum.add(part.get().number());
            exact &= part.get().exact();
            shown.add("«" + part.get().label() + "» " + texts.indicatorValue(part.get()));
        }
        if (shown.isEmpty()) return Optional.empty();
        String target = Links.indicator(context.report().id(), total.code());
        int cmp = sum.compareTo(total.number());
        if (missing.isEmpty()) {
            if (cmp == 0) return Optional.empty();
            if (!exact && Qualified.holds(total.qualifier(), total.number(), sum, BigDecimal.ZERO, false))
                return Optional.empty();
            return Optional.of(new Finding(
                    RULE,
                    exact ? Severity.ERROR : Severity.WARNING,
                    texts.text(
                            "check.parts.differ",
                            total.label(),
                            texts.indicatorValue(total),
                            String.join(" + ", shown),
                            texts.number(sum)),
                    target));
        }
        if (cmp > 0) {
            return Optional.of(new Finding(
                    RULE,
                    Severity.ERROR,
                    texts.text(
                            "check.parts.over",
                            total.label(),
                            texts.indicatorValue(total),
                            String.join(" + ", shown),
                            texts.number(sum)),
                    target));
        }
        if (cmp < 0) {
            return Optional.of(new Finding(
                    RULE,
                    Severity.WARNING,
                    texts.text(
                            "check.parts.short",
                            total.label(),
                            texts.indicatorValue(total),
                            String.join(" + ", shown),
                            texts.number(sum),
                            texts.number(total.number().subtract(sum)),
                            String.join(", ", missing)),
                    target));
        }
        return Optional.empty();
    }
}
