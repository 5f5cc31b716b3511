package vn.cchc.check.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;
import vn.cchc.document.DocumentView;

/**
 * A report cannot cite a document issued after the report itself: the date (or the report date) is wrong.
 * Liên Mạc 2023: Kế hoạch 36/KH-UBND dated 30/12/2023 in a report of 10/12/2023 (probably 30/12/2022).
 */
@Component
@Order(20)
class DocumentAfterReportCheck implements Check {

    static final String RULE = "DOCUMENT_AFTER_REPORT";
    private final CheckTexts texts;

    DocumentAfterReportCheck(CheckTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        var reportDate = context.report().reportDate();
        if (reportDate == null) return List.of();
        return context.reportDocuments().stream()
                .filter(d -> d.issuedOn() != null && d.issuedOn().isAfter(reportDate))
                .map(d -> new Finding(
                        RULE,
                        Severity.ERROR,
                        texts.text("check.document.afterReport", texts.document(d), texts.date(reportDate)),
                        Links.document(context.report().id(), d.id())))
                .toList();
    }

    static boolean afterReport(CheckContext context, DocumentView d) {
        var reportDate = context.report().reportDate();
        return reportDate != null && d.issuedOn() != null && d.issuedOn().isAfter(reportDate);
    }
}
