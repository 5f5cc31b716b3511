package vn.cchc.document.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One document as a row of the file gives it, ready to compare with the register: {@code key} is number + date +
 * issuer, normalised as the duplicate-number check does; {@code signer} is null when the file has no signer column.
 */
public record ImportRow(
        int row,
        String numberSymbol,
        LocalDate issuedOn,
        String docType,
        String summary,
        String signer,
        String issuerKind,
        String issuerName,
        String key) {

    /** Same content (everything the import writes); a row without a signer column leaves the signer alone. */
    public boolean sameAs(ImportRow o) {
        return Objects.equals(numberSymbol, o.numberSymbol)
                && Objects.equals(docType, o.docType)
                && Objects.equals(summary, o.summary)
                && Objects.equals(signer, o.signer)
                && Objects.equals(issuerName, o.issuerName);
    }
}
