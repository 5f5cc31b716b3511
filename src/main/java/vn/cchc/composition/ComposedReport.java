package vn.cchc.composition;

import java.util.Map;
import vn.cchc.composition.internal.ReportRecords;
import vn.cchc.rendering.ReportDocument;

/** The printed model, the resolved text of each section, and the records it was composed from. */
public record ComposedReport(ReportDocument document, Map<String, String> sectionTexts, ReportRecords records) {
}
