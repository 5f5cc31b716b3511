package vn.cchc.check.internal;

import java.math.BigDecimal;

/**
 * Whether a reported value, with its qualifier, is true of the value computed from the records. "gần 2.840"
 * (APPROX) allows 5 % of the computed count or 1 point of a rate; "trên" (OVER) needs the computed value above it;
 * "dưới" (UNDER) below it; "ít nhất" (AT_LEAST) at or above it; EXACT needs equality within {@code tolerance}.
 */
final class Qualified {

    private Qualified() {}

    static boolean holds(
            String qualifier, BigDecimal reported, BigDecimal computed, BigDecimal tolerance, boolean rate) {
        BigDecimal diff = computed.subtract(reported);
        return switch (qualifier == null ? "EXACT" : qualifier) {
            case "APPROX", "ABOUT" ->
                diff.abs()
                                .compareTo(
                                        rate
                                                ? BigDecimal.ONE
                                                : computed.abs()
                                                        .multiply(new BigDecimal("0.05"))
                                                        .max(tolerance))
                        <= 0;
            case "OVER" -> diff.signum() > 0;
            case "UNDER" -> diff.signum() < 0;
            case "AT_LEAST" -> diff.signum() >= 0;
            default -> diff.abs().compareTo(tolerance) <= 0;
        };
    }
}
