package vn.cchc.check.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;
import vn.cchc.check.internal.CheckContext.IndicatorValue;
import vn.cchc.indicator.IndicatorRelations;
import vn.cchc.indicator.IndicatorRelations.Ratio;

/**
 * PROSE_FIGURE_MISMATCH (b): a printed percent that names its numerator and denominator in the catalogue
 * (indicators or Biểu 06 columns) must be what they give, at the precision it is printed with ("96,2 %" allows
 * ±0,05). Every such pair is data (the catalogue's ratios), the online rate (4) / (3) among them. Liên Mạc 2023:
 * 99,02 % printed against 2.551 / 2.579 = 98,91 %. Exact and computed from exact figures: ERROR; otherwise WARNING.
 */
@Component
@Order(31)
class RatioCheck implements Check {

    private final CheckTexts texts;
    private final IndicatorRelations relations;

    RatioCheck(CheckTexts texts, IndicatorRelations relations) {
        this.texts = texts;
        this.relations = relations;
    }

    /** A term's value and how it prints in the message. */
    private record Term(BigDecimal value, String label, boolean exact, boolean dossier) {}

    @Override
    public List<Finding> run(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        DossierTotals totals = DossierTotals.of(context);
        for (Ratio r : relations.ratios()) {
            Optional<IndicatorValue> value = context.number(r.code());
            if (value.isEmpty()) continue;
            Optional<Term> num = term(r.numerator(), context, totals);
            Optional<Term> den = term(r.denominator(), context, totals);
            if (num.isEmpty() || den.isEmpty() || den.get().value().signum() == 0) continue;
            BigDecimal rate = num.get()
                    .value()
                    .multiply(BigDecimal.valueOf(100))
                    .divide(den.get().value(), 4, RoundingMode.HALF_UP);
            IndicatorValue v = value.get();
            if (Qualified.holds(v.qualifier(), v.number(), rate, DossierTotals.tolerance(v.number()), true)) continue;
            boolean exact = v.exact() && num.get().exact() && den.get().exact();
            String message = num.get().dossier() && den.get().dossier()
                    ? texts.text(
                            "check.prose.onlineRate",
                            v.label(),
                            texts.indicatorValue(v),
                            texts.number(num.get().value()),
                            texts.number(den.get().value()),
                            texts.percent(rate))
                    : texts.text(
                            "check.ratio.mismatch",
                            v.label(),
                            texts.indicatorValue(v),
                            num.get().label(),
                            den.get().label(),
                            texts.number(num.get().value()),
                            texts.number(den.get().value()),
                            texts.percent(rate));
            findings.add(new Finding(
                    OnlineFiguresCheck.RULE,
                    exact ? Severity.ERROR : Severity.WARNING,
                    message,
                    Links.indicator(context.report().id(), v.code())));
        }
        return findings;
    }

    private Optional<Term> term(String ref, CheckContext context, DossierTotals totals) {
        if (ref.startsWith("dossier:")) {
            Integer column = IndicatorRelations.DOSSIER_COLUMNS.get(ref.substring(8));
            if (column == null || !totals.present()) return Optional.empty();
            return totals.total(column)
                    .map(t -> new Term(BigDecimal.valueOf(t), texts.text("check.ratio.column", column), true, true));
        }
        return context.number(ref.substring(4)).map(v -> new Term(v.number(), v.label(), v.exact(), false));
    }
}
