package vn.cchc.officereport.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.cchc.consolidation.Figures;
import vn.cchc.indicator.IndicatorRelations.Ratio;
import vn.cchc.indicator.IndicatorValueView;
import vn.cchc.officereport.CompiledFigure;
import vn.cchc.officereport.CompiledFigure.Method;
import vn.cchc.officereport.CompiledFigure.UnitValue;
import vn.cchc.report.ReportSection;

/**
 * Compiles the counted units' figures: counts and money summed, a percent with parts recomputed from the summed
 * parts of the units that gave both (never the average of their percents), other numbers as min / median / max,
 * the rest listed by unit. Qualifiers carry: a total of exact figures is exact, of «trên»/«ít nhất» figures «trên»,
 * of any other approximate one «khoảng». Pure: the caller reads the data and formats the figures.
 */
public final class FigureCompiler {

    /** A counted unit: its figures by indicator code and its Biểu 06 totals (null when it has none). */
    public record UnitInput(
            long orgUnitId, String orgUnitName, Map<String, IndicatorValueView> values, Figures dossier) {}

    private final Map<String, Ratio> ratios;
    private final Function<IndicatorValueView, String> format;

    public FigureCompiler(Map<String, Ratio> ratios, Function<IndicatorValueView, String> format) {
        this.ratios = ratios;
        this.format = format;
    }

    public List<CompiledFigure> compile(List<UnitInput> units) {
        Map<String, IndicatorValueView> first = new LinkedHashMap<>();
        for (UnitInput u : units) u.values().forEach(first::putIfAbsent);
        List<IndicatorValueView> order = new ArrayList<>(first.values());
        order.sort(Comparator.comparingInt((IndicatorValueView v) -> ReportSection.order(v.sectionCode())));
        List<CompiledFigure> out = new ArrayList<>();
        for (IndicatorValueView v : order) out.add(compile(v, units));
        return out;
    }

    /** Whether the unit gives the figure (for a rate: both of its parts). */
    boolean gives(UnitInput u, IndicatorValueView sample) {
        Ratio ratio = ratios.get(sample.code());
        if ("PERCENT".equals(sample.kind()) && ratio != null) {
            return part(u, ratio.numerator()) != null && part(u, ratio.denominator()) != null;
        }
        IndicatorValueView v = u.values().get(sample.code());
        return v != null && v.numericValue() != null;
    }

    public CompiledFigure compile(IndicatorValueView sample, List<UnitInput> units) {
        String code = sample.code();
        List<UnitValue> byUnit = new ArrayList<>();
        List<String> qualifiers = new ArrayList<>();
        List<BigDecimal> numbers = new ArrayList<>();
        for (UnitInput u : units) {
            IndicatorValueView v = u.values().get(code);
            if (v == null) continue;
            byUnit.add(new UnitValue(u.orgUnitId(), u.orgUnitName(), v.numericValue(), v.printed()));
            if (v.numericValue() != null) {
                numbers.add(v.numericValue());
                qualifiers.add(v.qualifier());
            }
        }
        String kind = sample.kind();
        Method method = switch (kind) {
            case "COUNT", "MONEY" -> Method.SUM;
            case "PERCENT" -> ratios.containsKey(code) ? Method.RATE : Method.RANGE;
            case "DECIMAL" -> Method.RANGE;
            default -> Method.LIST;
        };
        int counted = units.size();
        return switch (method) {
            case SUM -> {
                BigDecimal sum = numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                String q = combine(qualifiers);
                yield new CompiledFigure(
                        code,
                        sample.label(),
                        kind,
                        sample.sectionCode(),
                        method,
                        sum,
                        q,
                        format.apply(view(sample, sum, q)),
                        byUnit.size(),
                        counted,
                        null,
                        null,
                        null,
                        null,
                        null,
                        byUnit);
            }
            case RATE -> rate(sample, units, byUnit);
            case RANGE -> range(sample, numbers, byUnit, counted);
            case LIST ->
                new CompiledFigure(
                        code,
                        sample.label(),
                        kind,
                        sample.sectionCode(),
                        method,
                        null,
                        "EXACT",
                        String.join(
                                "; ",
                                byUnit.stream()
                                        .map(u -> u.orgUnitName() + ": " + u.printed())
                                        .toList()),
                        byUnit.size(),
                        counted,
                        null,
                        null,
                        null,
                        null,
                        null,
                        byUnit);
        };
    }

    /** Σ numerator / Σ denominator × 100 over the units that gave both parts. */
    private CompiledFigure rate(IndicatorValueView sample, List<UnitInput> units, List<UnitValue> byUnit) {
        Ratio ratio = ratios.get(sample.code());
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        List<String> qualifiers = new ArrayList<>();
        int used = 0;
        for (UnitInput u : units) {
            Part n = part(u, ratio.numerator());
            Part d = part(u, ratio.denominator());
            if (n == null || d == null) continue;
            num = num.add(n.value());
            den = den.add(d.value());
            qualifiers.add(n.qualifier());
            qualifiers.add(d.qualifier());
            used++;
        }
        BigDecimal value = den.signum() == 0
                ? null
                : num.multiply(BigDecimal.valueOf(100))
                        .divide(den, 2, RoundingMode.HALF_UP)
                        .stripTrailingZeros();
        if (value != null && value.scale() < 0) value = value.setScale(0);
        String q = combine(qualifiers);
        String printed = value == null ? "" : format.apply(view(sample, value, q));
        return new CompiledFigure(
                sample.code(),
                sample.label(),
                sample.kind(),
                sample.sectionCode(),
                Method.RATE,
                value,
                q,
                printed,
                used,
                units.size(),
                num,
                den,
                null,
                null,
                null,
                byUnit);
    }

    record Part(BigDecimal value, String qualifier) {}

    /** A ratio term of one unit: {@code ind:CODE} its figure, {@code dossier:column} its Biểu 06 total. */
    static Part part(UnitInput u, String term) {
        if (term == null) return null;
        if (term.startsWith("ind:")) {
            IndicatorValueView v = u.values().get(term.substring(4));
            return v == null || v.numericValue() == null ? null : new Part(v.numericValue(), v.qualifier());
        }
        if (term.startsWith("dossier:") && u.dossier() != null) {
            int i = Figures.NAMES.indexOf(term.substring(8));
            Long x = i < 0 ? null : u.dossier().get(i);
            return x == null ? null : new Part(BigDecimal.valueOf(x), "EXACT");
        }
        return null;
    }

    private CompiledFigure range(
            IndicatorValueView sample, List<BigDecimal> numbers, List<UnitValue> byUnit, int counted) {
        if (numbers.isEmpty()) {
            return new CompiledFigure(
                    sample.code(),
                    sample.label(),
                    sample.kind(),
                    sample.sectionCode(),
                    Method.RANGE,
                    null,
                    "EXACT",
                    "",
                    byUnit.size(),
                    counted,
                    null,
                    null,
                    null,
                    null,
                    null,
                    byUnit);
        }
        List<BigDecimal> sorted = numbers.stream().sorted().toList();
        BigDecimal min = sorted.get(0);
        BigDecimal max = sorted.get(sorted.size() - 1);
        int n = sorted.size();
        BigDecimal median = n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1)
                        .add(sorted.get(n / 2))
                        .divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP)
                        .stripTrailingZeros();
        String printed = "thấp nhất " + format.apply(view(sample, min, "EXACT")) + ", trung vị "
                + format.apply(view(sample, median, "EXACT")) + ", cao nhất "
                + format.apply(view(sample, max, "EXACT"));
        return new CompiledFigure(
                sample.code(),
                sample.label(),
                sample.kind(),
                sample.sectionCode(),
                Method.RANGE,
                median,
                "EXACT",
                printed,
                byUnit.size(),
                counted,
                null,
                null,
                min,
                median,
                max,
                byUnit);
    }

    /** Exact parts give an exact total; «trên»/«ít nhất» parts (with exact ones) «trên»; anything else «khoảng». */
    static String combine(List<String> qualifiers) {
        boolean exact = true;
        boolean over = true;
        for (String q : qualifiers) {
            String k = q == null ? "EXACT" : q;
            if (k.equals("EXACT")) continue;
            exact = false;
            if (!k.equals("OVER") && !k.equals("AT_LEAST")) over = false;
        }
        return exact ? "EXACT" : over ? "OVER" : "ABOUT";
    }

    /**
     * A lower office's compiled figure as that unit's own value one level up: a total or a recomputed rate as its
     * number (the rate's parts are compiled figures too, so the level above recomputes from the summed parts), a
     * range as its median, a list as its text.
     */
    public static IndicatorValueView asUnitValue(CompiledFigure f) {
        BigDecimal number = f.method() == Method.LIST ? null : f.value();
        String text = f.method() == Method.LIST ? f.printed() : null;
        return new IndicatorValueView(
                f.code(),
                f.label(),
                null,
                f.sectionCode(),
                f.kind(),
                number,
                text,
                f.qualifier(),
                null,
                0,
                null,
                null,
                f.printed());
    }

    /** The compiled number dressed as one of the indicator's own figures, for the module's formatter. */
    static IndicatorValueView view(IndicatorValueView sample, BigDecimal value, String qualifier) {
        return new IndicatorValueView(
                sample.code(),
                sample.label(),
                sample.unitOfMeasure(),
                sample.sectionCode(),
                sample.kind(),
                value,
                null,
                qualifier,
                null,
                0,
                null,
                null,
                null);
    }
}
