package vn.cchc.parindex.internal;

import java.math.BigDecimal;
import vn.cchc.parindex.Criterion;
import vn.cchc.parindex.ScoringRule;

/** Whether points fit a criterion's rule; the message key and arguments when they do not. */
public final class ScoreRules {

    private ScoreRules() {}

    /** Null when the points fit; else a message with the criterion, the points and the rule. */
    public static String violation(ParTexts texts, Criterion c, BigDecimal p, String what) {
        String head = texts.t("parindex.score.where", c.code(), what);
        if (p.signum() < 0) return head + texts.t("parindex.score.negative", Points.format(p));
        if (Points.tooPrecise(p)) return head + texts.t("parindex.score.precision", Points.format(p));
        if (p.compareTo(c.maxPoints()) > 0) {
            return head + texts.t("parindex.score.aboveMax", Points.format(p), Points.format(c.maxPoints()));
        }
        if (c.rule() == ScoringRule.OPTIONS && c.options().stream().noneMatch(o -> o.compareTo(p) == 0)) {
            return head + texts.t("parindex.score.notAnOption", Points.format(p), Points.listText(c.options()));
        }
        if (c.rule() == ScoringRule.DEDUCTION
                && c.options().size() == 1
                && c.options().get(0).signum() > 0
                && c.maxPoints().subtract(p).remainder(c.options().get(0)).signum() != 0) {
            return head
                    + texts.t(
                            "parindex.score.deductionStep",
                            Points.format(p),
                            Points.format(c.maxPoints()),
                            Points.format(c.options().get(0)));
        }
        return null;
    }
}
