package vn.cchc.parindex;

import java.math.BigDecimal;

/** Points the app proposes for a criterion from a figure it knows, and where the figure came from. */
public record Suggestion(BigDecimal points, String source) {}
