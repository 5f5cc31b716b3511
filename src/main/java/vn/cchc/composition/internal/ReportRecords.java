package vn.cchc.composition.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cchc.document.DocumentView;
import vn.cchc.dossier.DossierRowView;

/**
 * Everything a report is composed from, read in one go: documents and dossier rows in their owners' row types. {@code documentCounts}: the period's issued documents by
 * type, most first (the {@code {{count:…}}} tokens).
 */
public record ReportRecords(
        Map<Long, DocumentView> documents,
        Map<String, Indicator> indicators,
        Map<String, int[]> procedureSummary,
        List<DossierRowView> dossierRows,
        List<Task> tasks,
        Map<String, String> narrative,
        Map<String, Integer> documentCounts) {

    /** A figure with its printed forms (from the indicator module, so every output prints it the same). */
    public record Indicator(
            String code,
            String label,
            String kind,
            BigDecimal numericValue,
            String textValue,
            String qualifier,
            String printed,
            String printedTwoDigits) {}

    public record Task(
            String assignedBy,
            String sourceDocument,
            String content,
            LocalDate deadline,
            String status,
            String result) {}
}
