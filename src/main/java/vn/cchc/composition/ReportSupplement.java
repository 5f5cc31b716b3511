package vn.cchc.composition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.rendering.Appendix;
import vn.cchc.rendering.Block;

/**
 * Port for what a report carries beyond its own records — the office's report compiled from its units. Implemented
 * by the module that compiles (it depends on this one, not the other way round); a commune's report gets nothing.
 */
public interface ReportSupplement {

    /** The supplement of the unit's report for the period, or empty when the unit compiles nothing. */
    Optional<Supplement> supplementFor(long reportId, long unitId, ReportingPeriod period);

    /**
     * @param blocks       printed after the outline, before the closing (heading included), given how many level-1
     *                     headings («I.»…) come before them
     * @param tokens       narrative tokens it resolves, by "kind:key" ("sum:ONLINE_DOSSIERS" → "12.345")
     * @param docxTemplate the Word template on the classpath to render with, or null for the default
     * @param appendices   appendices after the report's own, given its reference line («(Kèm theo Báo cáo số …)»)
     */
    record Supplement(
            IntFunction<List<Block>> blocks,
            Map<String, String> tokens,
            String docxTemplate,
            Function<String, List<Appendix>> appendices) {

        public Supplement(IntFunction<List<Block>> blocks, Map<String, String> tokens, String docxTemplate) {
            this(blocks, tokens, docxTemplate, reference -> List.of());
        }
    }
}
