package vn.cchc.check.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;
import vn.cchc.check.internal.CheckContext.DossierRow;

/**
 * Biểu 06/VPCP/KSTT adds up by construction (Circular 01/2020/TT-VPCP): (3) = (4)+(5)+(6), (7) = (8)+(9)+(10),
 * (11) = (12)+(13), (3) = (7)+(11). A row that does not add up was mistyped, and the consolidated tables of the
 * district would carry the mistake. Figures not reported (null) are not checked.
 */
@Component
@Order(10)
class DossierArithmeticCheck implements Check {

    static final String RULE = "DOSSIER_ARITHMETIC";

    /** message key, the total's column, the parts' columns. */
    private record Sum(String key, int total, int... parts) {
    }

    private static final List<Sum> SUMS = List.of(
            new Sum("check.dossier.received", 3, 4, 5, 6),
            new Sum("check.dossier.resolved", 7, 8, 9, 10),
            new Sum("check.dossier.pending", 11, 12, 13),
            new Sum("check.dossier.balance", 3, 7, 11));

    private final CheckTexts texts;

    DossierArithmeticCheck(CheckTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (DossierRow row : context.dossierRows()) {
            for (Sum sum : SUMS) {
                Integer total = row.col(sum.total());
                List<Integer> parts = Arrays.stream(sum.parts()).mapToObj(row::col).toList();
                if (total == null || parts.stream().anyMatch(Objects::isNull)) continue;
                long added = parts.stream().mapToLong(Integer::longValue).sum();   // no int overflow
                if (added != total) {
                    findings.add(new Finding(RULE, Severity.ERROR,
                            texts.text(sum.key(), row.label(), texts.number(total), texts.number(added)),
                            Links.dossierRow(context.report().id(), row.position())));
                }
            }
        }
        return findings;
    }
}
