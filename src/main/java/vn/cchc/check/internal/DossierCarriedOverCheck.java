package vn.cchc.check.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;
import vn.cchc.check.internal.CheckContext.DossierRow;
import vn.cchc.check.internal.ReportRecords.PreviousReport;

/**
 * Dossiers still in progress at the end of one period are the dossiers carried over into the next:
 * (6) of this report = (11) of the unit's previous report of the same kind, row by row (matched by label).
 * A warning, not an error: the previous report may itself have been corrected after it was sent.
 * "Previous" = same unit, same period kind, the window that ended last before this window began.
 */
@Component
@Order(11)
class DossierCarriedOverCheck implements Check {

    private final ReportRecords records;
    private final CheckTexts texts;

    DossierCarriedOverCheck(ReportRecords records, CheckTexts texts) {
        this.records = records;
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        if (context.dossierRows().isEmpty()) return List.of();
        List<PreviousReport> previous = records.previousReport(context.report());
        if (previous.isEmpty()) return List.of();
        Map<String, DossierRow> before = records.dossierRows(previous.get(0).id()).stream()
                .collect(Collectors.toMap(r -> key(r.label()), Function.identity(), (a, b) -> a));
        List<Finding> findings = new ArrayList<>();
        for (DossierRow row : context.dossierRows()) {
            DossierRow old = before.get(key(row.label()));
            if (old == null || row.col(6) == null || old.col(11) == null) continue;
            if (!row.col(6).equals(old.col(11))) {
                findings.add(new Finding(DossierArithmeticCheck.RULE, Severity.WARNING,
                        texts.text("check.dossier.carriedOver", row.label(), texts.number(row.col(6)),
                                previous.get(0).periodTitle(), texts.number(old.col(11))),
                        Links.dossierRow(context.report().id(), row.position())));
            }
        }
        return findings;
    }

    private static String key(String label) {
        return label == null ? "" : label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
