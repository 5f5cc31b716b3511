package vn.cchc.composition.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a report is composed from, read in one go. {@code documentCounts}: the period's issued documents by
 * type, most first (the {@code {{count:…}}} tokens).
 */
public record ReportRecords(Map<Long, Doc> documents, Map<Long, Set<String>> documentSections,
                            Map<String, Indicator> indicators, Map<String, int[]> procedureSummary,
                            List<DossierFigures> dossierRows, List<Task> tasks, Map<String, String> narrative,
                            Map<String, Integer> documentCounts) {

    public record Doc(long id, String issuerKind, String issuerName, String docType, String numberSymbol,
                      LocalDate issuedOn, String summary, boolean legalBasis) {
    }

    /** A figure with its printed forms (from the indicator module, so every output prints it the same). */
    public record Indicator(String code, String label, String kind, BigDecimal numericValue, String textValue,
                            String qualifier, String printed, String printedTwoDigits) {
    }

    public record DossierFigures(String label, Long[] figures) {
    }

    public record Task(String assignedBy, String sourceDocument, String content, LocalDate deadline, String status,
                       String result) {
    }
}
