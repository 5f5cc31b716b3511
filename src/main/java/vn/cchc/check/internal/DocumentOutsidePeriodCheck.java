package vn.cchc.check.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;

/**
 * The report gives an account of the period's work, so what the unit itself issued and cites as activity
 * should be dated inside the data window. Legal-basis documents (decrees, earlier decisions) and documents of
 * other issuers are exempt. A document already reported as dated after the report (an ERROR) is not repeated.
 */
@Component
@Order(21)
class DocumentOutsidePeriodCheck implements Check {

    static final String RULE = "DOCUMENT_OUTSIDE_PERIOD";
    private final CheckTexts texts;

    DocumentOutsidePeriodCheck(CheckTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        var report = context.report();
        return context.reportDocuments().stream()
                .filter(d -> d.own() && !d.legalBasis() && d.issuedOn() != null)
                .filter(d -> d.issuedOn().isBefore(report.windowStart())
                        || d.issuedOn().isAfter(report.windowEnd()))
                .filter(d -> !DocumentAfterReportCheck.afterReport(context, d))
                .map(d -> new Finding(
                        RULE,
                        Severity.WARNING,
                        texts.text(
                                "check.document.outsidePeriod",
                                texts.document(d),
                                report.periodTitle(),
                                texts.date(report.windowStart()),
                                texts.date(report.windowEnd())),
                        Links.document(report.id(), d.id())))
                .toList();
    }
}
