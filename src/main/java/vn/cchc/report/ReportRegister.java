package vn.cchc.report;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The unit's register of issued documents as the signing step needs it (implemented by the document module, so
 * reports do not depend on documents): the next free report number of a year, whether a number is taken, and the
 * entry of a signed report.
 */
public interface ReportRegister {

    /** The next free number for a report (BC) the unit issues in the year: one more than the highest in use. */
    int nextReportNumber(long unitId, int year);

    /** The id of a register entry of the unit's own with this number/symbol in the year, if any. */
    Optional<Long> findOwn(long unitId, int year, String numberSymbol);

    /** Enters the signed report in the register as a BC document (once: an entry with its number is reused). */
    long enterSignedReport(long unitId, String issuerName, String numberSymbol, LocalDate date, String summary);
}
