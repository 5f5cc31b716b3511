package vn.cchc.check.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierRules;

/**
 * DOSSIER_ARITHMETIC for a split left partly empty: {@link DossierArithmeticCheck} needs every figure of a sum, so
 * a row with 2.051 resolved of which only 2.041 are split would pass silently. Here the known parts are added:
 * already above the total is an ERROR (no empty cell can fix it), below it a WARNING naming the unclassified rest.
 */
@Component
@Order(11)
class DossierSplitCheck implements Check {

    private final CheckTexts texts;

    DossierSplitCheck(CheckTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        List<DossierRowView> rows = context.dossierRows();
        for (int r = 0; r < rows.size(); r++) {
            DossierRowView row = rows.get(r);
            for (DossierRules.Sum s : DossierRules.SUMS) {
                Integer total = row.figure(s.total());
                List<Integer> parts =
                        DossierRules.parts(row, s).stream().map(row::figure).toList();
                long known = parts.stream().filter(Objects::nonNull).count();
                if (total == null || known == 0 || known == parts.size()) continue;
                if (DossierRules.approximate(row, s)) continue; // an estimate's split cannot fall short
                long added = parts.stream()
                        .filter(Objects::nonNull)
                        .mapToLong(Integer::longValue)
                        .sum();
                if (added == total) continue;
                String columns = DossierRules.parts(row, s).stream()
                        .map(c -> "(" + c.number() + ")")
                        .collect(Collectors.joining(" + "));
                String empty = DossierRules.parts(row, s).stream()
                        .filter(c -> row.figure(c) == null)
                        .map(c -> "(" + c.number() + ")")
                        .collect(Collectors.joining(", "));
                boolean over = added > total;
                findings.add(new Finding(
                        DossierArithmeticCheck.RULE,
                        over ? Severity.ERROR : Severity.WARNING,
                        texts.text(
                                over ? "check.dossier.splitOver" : "check.dossier.splitShort",
                                row.label(),
                                "(" + s.total().number() + ")",
                                texts.number(total),
                                columns,
                                texts.number(added),
                                texts.number(Math.abs(total - added)),
                                empty),
                        Links.dossierRow(context.report().id(), r + 1)));
            }
        }
        return findings;
    }
}
