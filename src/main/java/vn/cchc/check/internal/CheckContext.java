package vn.cchc.check.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A report's records as the checks see them, loaded once per run by {@link ReportRecords}. */
public record CheckContext(ReportInfo report,
                           List<Doc> reportDocuments,
                           List<Doc> unitRegister,
                           Map<String, Indicator> catalogue,
                           Map<String, IndicatorValue> indicators,
                           List<DossierRow> dossierRows,
                           Map<String, ProcedureSummary> procedures,
                           Map<String, String> narrative) {

    public record ReportInfo(long id, long orgUnitId, String unitName, String numberSymbol, LocalDate reportDate,
                             long periodId, String periodKind, String periodTitle, int year,
                             LocalDate windowStart, LocalDate windowEnd) {
    }

    /** An issued document (row of {@code issued_document}). */
    public record Doc(long id, long orgUnitId, String issuerKind, String issuerName, String docType,
                      String numberSymbol, LocalDate issuedOn, boolean legalBasis) {
        public boolean own() {
            return "OWN".equals(issuerKind);
        }
    }

    public record Indicator(String code, String label, String kind) {
    }

    /** A figure; {@code printed} is how the report prints it (with its qualifier word). */
    public record IndicatorValue(String code, String label, String kind, BigDecimal number, String text,
                                 String qualifier, String printed) {
        public boolean exact() {
            return "EXACT".equals(qualifier);
        }
    }

    /** A row of Biểu 06; {@link #col(int)} gives the column by its number in the form, (3) to (13). */
    public record DossierRow(int position, String label, String groupKind, Integer[] columns) {
        public Integer col(int n) {
            return columns[n - 3];
        }
    }

    public record ProcedureSummary(String level, int fields, int procedures) {
    }

    public Optional<IndicatorValue> number(String code) {
        IndicatorValue v = indicators.get(code);
        return v == null || v.number() == null ? Optional.empty() : Optional.of(v);
    }

    public Optional<Doc> registerDocument(long id) {
        return unitRegister.stream().filter(d -> d.id() == id).findFirst();
    }
}
