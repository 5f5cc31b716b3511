package vn.cchc.check.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.cchc.check.internal.CheckContext.DossierRow;

/**
 * The unit's totals of Biểu 06 as the prose restates them. Rows may be one UNIT row or grouped by authority level
 * or by field; summing every row would count a dossier twice, so the totals come from the UNIT rows if there are
 * any, else from the LEVEL rows, else from the FIELD rows.
 */
final class DossierTotals {

    private final List<DossierRow> rows;
    private final List<DossierRow> all;

    private DossierTotals(List<DossierRow> all) {
        this.all = all;
        this.rows = pick(all, "UNIT").or(() -> pick(all, "LEVEL")).orElseGet(() -> pick(all, "FIELD").orElse(List.of()));
    }

    static DossierTotals of(CheckContext context) {
        return new DossierTotals(context.dossierRows());
    }

    private static Optional<List<DossierRow>> pick(List<DossierRow> all, String kind) {
        List<DossierRow> r = all.stream().filter(row -> kind.equals(row.groupKind())).toList();
        return r.isEmpty() ? Optional.empty() : Optional.of(r);
    }

    boolean present() {
        return !rows.isEmpty();
    }

    /** The column's total over the chosen rows, or empty when a row did not report it. */
    Optional<Integer> total(int column) {
        if (rows.isEmpty() || rows.stream().anyMatch(r -> r.col(column) == null)) return Optional.empty();
        long sum = rows.stream().mapToLong(r -> r.col(column)).sum();   // long: no silent int overflow
        return sum > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) sum);
    }

    /** Online share of received dossiers, (4) / (3) × 100, to four decimals. */
    Optional<BigDecimal> onlineRate() {
        Optional<Integer> online = total(4);
        Optional<Integer> received = total(3);
        if (online.isEmpty() || received.isEmpty() || received.get() == 0) return Optional.empty();
        return Optional.of(BigDecimal.valueOf(online.get()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(received.get()), 4, RoundingMode.HALF_UP));
    }

    /** Every figure of the table (any row, any column) and the totals: what a typed count may legitimately be. */
    Set<Integer> everyFigure() {
        Set<Integer> figures = new HashSet<>();
        for (DossierRow r : all) {
            for (int c = 3; c <= 13; c++) if (r.col(c) != null) figures.add(r.col(c));
        }
        for (int c = 3; c <= 13; c++) total(c).ifPresent(figures::add);
        return figures;
    }

    /** Tolerance for a printed percentage: 0,01 point, or half a unit of its last printed digit if coarser. */
    static BigDecimal tolerance(BigDecimal printed) {
        int scale = Math.max(0, printed.stripTrailingZeros().scale());
        BigDecimal half = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
        return half.max(new BigDecimal("0.01"));
    }

    static boolean sameRate(BigDecimal printed, BigDecimal computed) {
        return printed.subtract(computed).abs().compareTo(tolerance(printed)) <= 0;
    }
}
