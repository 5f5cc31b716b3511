package vn.cchc.check.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.document.DocumentView;
import vn.cchc.dossier.DossierRowView;

/**
 * A report's records as the checks see them, loaded once per run by {@link ReportRecords}; documents and dossier
 * rows in their owners' row types (the dossier row at index i is row i + 1 of the page).
 */
public record CheckContext(
        ReportInfo report,
        List<DocumentView> reportDocuments,
        List<DocumentView> unitRegister,
        Map<String, Indicator> catalogue,
        Map<String, IndicatorValue> indicators,
        List<DossierRowView> dossierRows,
        Map<String, ProcedureSummary> procedures,
        Map<String, String> narrative) {

    public record ReportInfo(
            long id,
            long orgUnitId,
            String unitName,
            String numberSymbol,
            LocalDate reportDate,
            long periodId,
            String periodKind,
            String periodTitle,
            int year,
            LocalDate windowStart,
            LocalDate windowEnd) {}

    public record Indicator(String code, String label, String kind) {}

    /** A figure; {@code printed} is how the report prints it (with its qualifier word). */
    public record IndicatorValue(
            String code, String label, String kind, BigDecimal number, String text, String qualifier, String printed) {
        public boolean exact() {
            return "EXACT".equals(qualifier);
        }
    }

    public record ProcedureSummary(String level, int fields, int procedures) {}

    public Optional<IndicatorValue> number(String code) {
        IndicatorValue v = indicators.get(code);
        return v == null || v.number() == null ? Optional.empty() : Optional.of(v);
    }

    public Optional<DocumentView> registerDocument(long id) {
        return unitRegister.stream().filter(d -> d.id() == id).findFirst();
    }
}
