package vn.cchc.document;

/** Who issued a document: the commune itself, a higher state body, the Party committee, someone else. */
public enum IssuerKind {
    OWN,
    HIGHER,
    PARTY,
    OTHER;

    public String labelKey() {
        return "document.issuerKind." + name();
    }
}
