package vn.cchc.check.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;
import vn.cchc.check.internal.CheckContext.DossierRow;

/**
 * DOSSIER_ARITHMETIC for a split left partly empty: {@link DossierArithmeticCheck} needs every figure of a sum, so
 * a row with 2.051 resolved of which only 2.041 are split would pass silently. Here the known parts are added:
 * already above the total is an ERROR (no empty cell can fix it), below it a WARNING naming the unclassified rest.
 */
@Component
@Order(11)
class DossierSplitCheck implements Check {

    private record Split(int total, int... parts) {
    }

    private static final List<Split> SPLITS = List.of(new Split(3, 4, 5, 6), new Split(7, 8, 9, 10),
            new Split(11, 12, 13), new Split(3, 7, 11));

    private final CheckTexts texts;

    DossierSplitCheck(CheckTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (DossierRow row : context.dossierRows()) {
            for (Split s : SPLITS) {
                Integer total = row.col(s.total());
                List<Integer> parts = IntStream.of(s.parts()).mapToObj(row::col).toList();
                long known = parts.stream().filter(Objects::nonNull).count();
                if (total == null || known == 0 || known == parts.size()) continue;
                long added = parts.stream().filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
                if (added == total) continue;
                String columns = IntStream.of(s.parts()).mapToObj(c -> "(" + c + ")").collect(Collectors.joining(" + "));
                String empty = IntStream.of(s.parts()).filter(c -> row.col(c) == null).mapToObj(c -> "(" + c + ")")
                        .collect(Collectors.joining(", "));
                boolean over = added > total;
                findings.add(new Finding(DossierArithmeticCheck.RULE, over ? Severity.ERROR : Severity.WARNING,
                        texts.text(over ? "check.dossier.splitOver" : "check.dossier.splitShort", row.label(),
                                "(" + s.total() + ")", texts.number(total), columns, texts.number(added),
                                texts.number(Math.abs(total - added)), empty),
                        Links.dossierRow(context.report().id(), row.position())));
            }
        }
        return findings;
    }
}
