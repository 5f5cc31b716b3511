package vn.cchc.officereport.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.indicator.IndicatorValueView;
import vn.cchc.officereport.CompiledFigure;
import vn.cchc.officereport.CompiledFigure.Method;
import vn.cchc.officereport.YearOnYear;

/**
 * Like with like: for each summed or recomputed figure, this year's and last year's totals over the same units —
 * those that gave the figure (for a rate, both parts) in both years — so a unit that reported only one year never
 * makes a change that is not there.
 */
public final class YearOnYearCompiler {

    private final FigureCompiler compiler;

    public YearOnYearCompiler(FigureCompiler compiler) {
        this.compiler = compiler;
    }

    /** @param lastYear last year's inputs by unit id (only units counted last year) */
    public List<YearOnYear> compare(
            List<CompiledFigure> figures,
            List<FigureCompiler.UnitInput> thisYear,
            Map<Long, FigureCompiler.UnitInput> lastYear) {
        List<YearOnYear> out = new ArrayList<>();
        if (lastYear.isEmpty()) return out;
        for (CompiledFigure f : figures) {
            if (f.method() != Method.SUM && f.method() != Method.RATE) continue;
            IndicatorValueView sample = sample(f.code(), thisYear);
            List<FigureCompiler.UnitInput> now = new ArrayList<>();
            List<FigureCompiler.UnitInput> before = new ArrayList<>();
            for (FigureCompiler.UnitInput u : thisYear) {
                FigureCompiler.UnitInput last = lastYear.get(u.orgUnitId());
                if (last == null || !compiler.gives(u, sample) || !compiler.gives(last, sample)) continue;
                now.add(u);
                before.add(last);
            }
            if (now.isEmpty()) continue;
            CompiledFigure a = compiler.compile(sample, now);
            CompiledFigure b = compiler.compile(sample, before);
            BigDecimal change =
                    a.value() == null || b.value() == null ? null : a.value().subtract(b.value());
            BigDecimal percent = change == null || b.value().signum() == 0 || f.method() == Method.RATE
                    ? null
                    : change.multiply(BigDecimal.valueOf(100)).divide(b.value(), 2, RoundingMode.HALF_UP);
            out.add(new YearOnYear(
                    f.code(),
                    f.label(),
                    f.method(),
                    now.size(),
                    a.value(),
                    a.printed(),
                    b.value(),
                    b.printed(),
                    change,
                    percent));
        }
        return out;
    }

    private static IndicatorValueView sample(String code, List<FigureCompiler.UnitInput> units) {
        for (FigureCompiler.UnitInput u : units) {
            IndicatorValueView v = u.values().get(code);
            if (v != null) return v;
        }
        throw new IllegalStateException("no unit gives " + code);
    }
}
