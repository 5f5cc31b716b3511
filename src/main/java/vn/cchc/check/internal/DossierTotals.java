package vn.cchc.check.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierRules;

/**
 * The unit's totals of Biểu 06 as the prose restates them. Rows may be one UNIT row or grouped by authority level
 * or by field; summing every row would count a dossier twice, so the totals come from the rows
 * {@link DossierRules#totalKind} picks (as consolidation's).
 */
final class DossierTotals {

    private final List<DossierRowView> rows;
    private final List<DossierRowView> all;

    private DossierTotals(List<DossierRowView> all) {
        this.all = all;
        this.rows = DossierRules.totalKind(
                        all.stream().map(DossierRowView::groupKind).toList())
                .map(kind -> all.stream().filter(r -> r.groupKind() == kind).toList())
                .orElse(List.of());
    }

    static DossierTotals of(CheckContext context) {
        return new DossierTotals(context.dossierRows());
    }

    boolean present() {
        return !rows.isEmpty();
    }

    /** The column's total over the chosen rows, or empty when a row did not report it. */
    Optional<Integer> total(int column) {
        if (rows.isEmpty() || rows.stream().anyMatch(r -> r.figure(column) == null)) return Optional.empty();
        long sum = rows.stream().mapToLong(r -> r.figure(column)).sum(); // long: no silent int overflow
        return sum > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) sum);
    }

    /** Online share of received dossiers, (4) / (3) × 100, to four decimals. */
    Optional<BigDecimal> onlineRate() {
        Optional<Integer> online = total(4);
        Optional<Integer> received = total(3);
        if (online.isEmpty() || received.isEmpty() || received.get() == 0) return Optional.empty();
        return Optional.of(BigDecimal.valueOf(online.get())
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(received.get()), 4, RoundingMode.HALF_UP));
    }

    /** Every figure of the table (any row, any column) and the totals: what a typed count may legitimately be. */
    Set<Integer> everyFigure() {
        Set<Integer> figures = new HashSet<>();
        for (DossierRowView r : all) {
            for (int c = 3; c <= 13; c++) if (r.figure(c) != null) figures.add(r.figure(c));
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
