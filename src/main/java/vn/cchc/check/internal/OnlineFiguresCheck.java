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
 * PROSE_FIGURE_MISMATCH (a): indicators that restate Biểu 06 must agree with it. ONLINE_DOSSIERS is column (4);
 * the prose prints the indicator, the table prints the rows, and a reader sees both. Liên Mạc 2023: "2.444 hồ sơ
 * trực tuyến" against 2.551 online. Rates (ONLINE_RATE = (4) / (3) and any other) are {@link RatioCheck}'s, from data.
 * An exact value that disagrees is an ERROR; a qualified one ("gần", "trên") that does not hold is a WARNING.
 */
@Component
@Order(30)
class OnlineFiguresCheck implements Check {

    static final String RULE = "PROSE_FIGURE_MISMATCH";
    private final CheckTexts texts;

    OnlineFiguresCheck(CheckTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        DossierTotals totals = DossierTotals.of(context);
        if (!totals.present()) return List.of();
        List<Finding> findings = new ArrayList<>();
        onlineDossiers(context, totals).ifPresent(findings::add);
        return findings;
    }

    private Optional<Finding> onlineDossiers(CheckContext context, DossierTotals totals) {
        Optional<IndicatorValue> value = context.number("ONLINE_DOSSIERS");
        Optional<Integer> online = totals.total(4);
        if (value.isEmpty() || online.isEmpty()) return Optional.empty();
        IndicatorValue v = value.get();
        if (Qualified.holds(v.qualifier(), v.number(), BigDecimal.valueOf(online.get()), BigDecimal.ZERO, false)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(
                RULE,
                v.exact() ? Severity.ERROR : Severity.WARNING,
                texts.text(
                        "check.prose.onlineDossiers", v.label(), texts.indicatorValue(v), texts.number(online.get())),
                Links.indicator(context.report().id(), v.code())));
    }
}
