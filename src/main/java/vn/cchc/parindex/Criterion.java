package vn.cchc.parindex;

import java.math.BigDecimal;
import java.util.List;

/**
 * A node of the index: a field (level 1), a criterion (2) or a sub-criterion (3). A leaf has a rule; its
 * {@code options} are the allowed levels (OPTIONS) or the deduction per shortcoming (DEDUCTION).
 */
public record Criterion(
        long id,
        String code,
        String parentCode,
        int level,
        String title,
        BigDecimal maxPoints,
        ScoringRule rule,
        List<BigDecimal> options,
        String evidence,
        FigureSource source) {

    public boolean leaf() {
        return rule != null;
    }

    public boolean survey() {
        return rule == ScoringRule.SURVEY;
    }

    /** The field this node belongs to: "3" for "3.3.1". */
    public String fieldCode() {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
