package vn.cchc.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an import of a register file finds (and, when {@code committed}, did): documents new to the register,
 * unchanged, changed (with what changes), rows repeating an earlier row of the file, and the rows with errors.
 * Nothing is saved while there is an error. {@code headers} and {@code mapping} (field → 0-based column) show the
 * mapping used; {@code byType} counts the file's documents by type code.
 */
public record ImportPreview(
        String fileName,
        int headerRow,
        List<String> headers,
        Map<ImportField, Integer> mapping,
        List<List<String>> samples,
        int newCount,
        int unchanged,
        int changed,
        int duplicates,
        List<RowError> errors,
        List<Entry> newDocuments,
        List<Change> changes,
        List<String> duplicateNotes,
        Map<String, Integer> byType,
        boolean committed) {

    /** A document of the file as it will be written. */
    public record Entry(
            int row, String numberSymbol, LocalDate issuedOn, String typeLabel, String summary, String issuerName) {}

    /** A document of the register the file changes: which fields, from → to. */
    public record Change(int row, long documentId, String numberSymbol, LocalDate issuedOn, List<FieldChange> fields) {}

    /** {@code code} is the register's field (numberSymbol, summary, …), {@code field} its Vietnamese label. */
    public record FieldChange(String code, String field, String before, String after) {}

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int total() {
        return newCount + unchanged + changed;
    }
}
