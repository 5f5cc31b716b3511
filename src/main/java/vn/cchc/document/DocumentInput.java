package vn.cchc.document;

import java.time.LocalDate;
import java.util.List;

/** What the clerk types for a document; validated by {@link IssuedDocuments}. */
public record DocumentInput(
        String issuerKind,
        String issuerName,
        String docType,
        String numberSymbol,
        LocalDate issuedOn,
        String summary,
        boolean legalBasis,
        List<String> sections) {}
