package vn.cchc.check.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;
import vn.cchc.dossier.DossierQueries;
import vn.cchc.dossier.DossierRules;
import vn.cchc.dossier.PreviousReport;

/**
 * Dossiers still in progress at the end of one period are the dossiers carried over into the next:
 * (6) of this report = (11) of the unit's previous report of the same kind, row by row (matched by label):
 * the rule of {@link DossierRules#carriedOverMismatches}, which the dossier page warns with too.
 * A warning, not an error: the previous report may itself have been corrected after it was sent.
 * "Previous" = same unit, same period kind, the window that ended last before this window began.
 */
@Component
@Order(11)
class DossierCarriedOverCheck implements Check {

    private final DossierQueries dossier;
    private final CheckTexts texts;

    DossierCarriedOverCheck(DossierQueries dossier, CheckTexts texts) {
        this.dossier = dossier;
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        if (context.dossierRows().isEmpty()) return List.of();
        Optional<PreviousReport> previous = dossier.previous(context.report().id());
        if (previous.isEmpty()) return List.of();
        List<Finding> findings = new ArrayList<>();
        for (DossierRules.CarriedOver c : DossierRules.carriedOverMismatches(
                context.dossierRows(), dossier.rows(previous.get().id()))) {
            findings.add(new Finding(
                    DossierArithmeticCheck.RULE,
                    Severity.WARNING,
                    texts.text(
                            "check.dossier.carriedOver",
                            c.row().label(),
                            texts.number(c.row().receivedCarriedOver()),
                            previous.get().periodTitle(),
                            texts.number(c.previousPending())),
                    Links.dossierRow(context.report().id(), c.index() + 1)));
        }
        return findings;
    }
}
