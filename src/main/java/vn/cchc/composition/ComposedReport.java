package vn.cchc.composition;

import java.util.Map;
import vn.cchc.composition.internal.ReportRecords;
import vn.cchc.rendering.ReportDocument;

/**
 * The printed model, the resolved text of each section, the records it was composed from, and the Word template
 * to render it with (null: the default one).
 */
public record ComposedReport(
        ReportDocument document, Map<String, String> sectionTexts, ReportRecords records, String docxTemplate) {

    public ComposedReport(ReportDocument document, Map<String, String> sectionTexts, ReportRecords records) {
        this(document, sectionTexts, records, null);
    }
}
