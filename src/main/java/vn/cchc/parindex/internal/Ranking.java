package vn.cchc.parindex.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.cchc.parindex.ResultRow;
import vn.cchc.parindex.TieRule;

/**
 * Ranks the finalised rows: higher appraised total first. Under SHARED equal totals share a rank and the next rank
 * is skipped (1, 2, 2, 4); under SURVEY_FIRST the higher survey points break the tie first. Rows not finalised
 * come last, unranked. Equal rows are listed by name (Vietnamese order, as given).
 */
public final class Ranking {

    private Ranking() {}

    public static List<ResultRow> rank(List<ResultRow> rows, TieRule rule) {
        Comparator<ResultRow> byKey = Comparator.comparing(ResultRow::appraisedScore, Comparator.reverseOrder());
        if (rule == TieRule.SURVEY_FIRST) byKey = byKey.thenComparing(Ranking::survey, Comparator.reverseOrder());
        List<ResultRow> ranked = new ArrayList<>(rows.stream()
                .filter(r -> r.appraisedScore() != null && r.band() != null)
                .toList());
        ranked.sort(byKey); // stable: equal rows keep the name order they came in
        List<ResultRow> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            ResultRow r = ranked.get(i);
            int rank = i > 0 && byKey.compare(ranked.get(i - 1), r) == 0
                    ? out.get(i - 1).rank()
                    : i + 1;
            out.add(new ResultRow(
                    r.orgUnitId(),
                    r.orgUnitName(),
                    r.status(),
                    r.selfScore(),
                    r.appraisedScore(),
                    r.surveyPoints(),
                    r.fieldPoints(),
                    r.band(),
                    rank,
                    r.previousScore()));
        }
        rows.stream().filter(r -> !ranked.contains(r)).forEach(out::add);
        return out;
    }

    private static BigDecimal survey(ResultRow r) {
        return r.surveyPoints() == null ? BigDecimal.ZERO : r.surveyPoints();
    }
}
