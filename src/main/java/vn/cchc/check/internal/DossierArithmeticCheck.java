package vn.cchc.check.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;
import vn.cchc.dossier.DossierCells;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierRules;

/**
 * Biểu 06/VPCP/KSTT adds up by construction (Circular 01/2020/TT-VPCP): (3) = (4)+(5)+(6), (7) = (8)+(9)+(10),
 * (11) = (12)+(13), (3) = (7)+(11). A row that does not add up was mistyped, and the consolidated tables of the
 * district would carry the mistake. Figures not reported (null) are not checked. The sums are
 * {@link DossierRules#SUMS}, the same the page and the API enforce. A sum holding an estimate («gần 2.840») is
 * only noted (INFO), as the page only warns.
 */
@Component
@Order(10)
class DossierArithmeticCheck implements Check {

    static final String RULE = "DOSSIER_ARITHMETIC";

    /** The message of each of {@link DossierRules#SUMS}, in its order. */
    private static final List<String> KEYS = List.of(
            "check.dossier.received", "check.dossier.resolved", "check.dossier.pending", "check.dossier.balance");

    private final CheckTexts texts;

    DossierArithmeticCheck(CheckTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        List<DossierRowView> rows = context.dossierRows();
        for (int r = 0; r < rows.size(); r++) {
            DossierRowView row = rows.get(r);
            for (int k = 0; k < DossierRules.SUMS.size(); k++) {
                DossierRules.Sum sum = DossierRules.SUMS.get(k);
                Integer total = row.figure(sum.total());
                List<Integer> parts =
                        DossierRules.parts(row, sum).stream().map(row::figure).toList();
                if (total == null || parts.stream().anyMatch(Objects::isNull)) continue;
                long added = parts.stream().mapToLong(Integer::longValue).sum(); // no int overflow
                if (added != total && DossierRules.approximate(row, sum)) {
                    // «gần 2.840» is an estimate: the reader is told the table does not balance, nothing blocks
                    findings.add(new Finding(
                            RULE,
                            Severity.INFO,
                            texts.text(
                                    "check.dossier.approximate",
                                    row.label(),
                                    "(" + sum.total().number() + ")",
                                    DossierCells.printed(row, sum.total()),
                                    texts.number(added)),
                            Links.dossierRow(context.report().id(), r + 1)));
                } else if (added != total) {
                    findings.add(new Finding(
                            RULE,
                            Severity.ERROR,
                            texts.text(
                                    k == 1 && row.earlyOnTimeCombined()
                                            ? "check.dossier.resolvedCombined"
                                            : KEYS.get(k),
                                    row.label(),
                                    texts.number(total),
                                    texts.number(added)),
                            Links.dossierRow(context.report().id(), r + 1)));
                }
            }
        }
        return findings;
    }
}
