package vn.cchc.document.internal;

import java.time.LocalDate;

/**
 * One document as a row of the file gives it, ready to compare with the register: {@code key} is number + date +
 * issuer, normalised as the duplicate-number check does; {@code signer} is null when the file has no signer column.
 */
public record ImportRow(int row, String numberSymbol, LocalDate issuedOn, String docType, String summary, String signer,
                        String issuerKind, String issuerName, String key) {

    /** Same content (everything the import writes); a row without a signer column leaves the signer alone. */
    public boolean sameAs(ImportRow o) {
        return java.util.Objects.equals(numberSymbol, o.numberSymbol) && java.util.Objects.equals(docType, o.docType)
                && java.util.Objects.equals(summary, o.summary) && java.util.Objects.equals(signer, o.signer)
                && java.util.Objects.equals(issuerName, o.issuerName);
    }
}
