package vn.cchc.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A document of the register as the composer, the checks and the pages read it. {@code numberSymbol} is exactly
 * as typed; {@code typeLabel} is the Vietnamese type ("Kế hoạch"); {@code sections} in report order.
 */
public record DocumentView(
        Long id,
        Long orgUnitId,
        String issuerKind,
        String issuerName,
        String docType,
        String typeLabel,
        String numberSymbol,
        LocalDate issuedOn,
        String summary,
        boolean legalBasis,
        List<String> sections,
        long version) {

    /** Issued by the unit itself (not received from elsewhere). */
    public boolean own() {
        return "OWN".equals(issuerKind);
    }
}
