package vn.cchc.document;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import vn.cchc.report.ReportSection;

/** One document of a unit's register, its number kept exactly as written. */
@Entity
@Table(name = "issued_document")
class IssuedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long orgUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IssuerKind issuerKind;

    @Column(nullable = false)
    private String issuerName;

    @Column(nullable = false)
    private String docType;

    @Column(nullable = false)
    private String numberSymbol;

    private LocalDate issuedOn;
    private String summary;
    private boolean legalBasis;

    @Column(nullable = false)
    private String searchText = "";

    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    // read in batches: a list of 2,000 documents costs a handful of queries, not one per document
    @BatchSize(size = 500)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "issued_document_section", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "section_code")
    private Set<String> sections = new HashSet<>();

    protected IssuedDocument() {}

    IssuedDocument(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    void apply(DocumentInput in, String typeLabel) {
        issuerKind = IssuerKind.valueOf(in.issuerKind());
        issuerName = in.issuerName().trim();
        docType = in.docType();
        numberSymbol = in.numberSymbol();
        issuedOn = in.issuedOn();
        summary = in.summary() == null || in.summary().isBlank()
                ? null
                : in.summary().trim();
        legalBasis = in.legalBasis();
        Set<String> wanted = in.sections() == null ? Set.of() : Set.copyOf(in.sections());
        sections.retainAll(wanted);
        sections.addAll(wanted);
        searchText = searchText(typeLabel, numberSymbol, summary, issuerName);
        updatedAt = Instant.now();
    }

    /** What the register's search looks in (also written by the import, which inserts without the entity). */
    static String searchText(String typeLabel, String numberSymbol, String summary, String issuerName) {
        return Diacritics.fold(String.join(" ", typeLabel, numberSymbol, summary == null ? "" : summary, issuerName));
    }

    List<String> sortedSections() {
        return sections.stream()
                .sorted((a, b) -> Integer.compare(ReportSection.order(a), ReportSection.order(b)))
                .toList();
    }

    Long getId() {
        return id;
    }

    Long getOrgUnitId() {
        return orgUnitId;
    }

    IssuerKind getIssuerKind() {
        return issuerKind;
    }

    String getIssuerName() {
        return issuerName;
    }

    String getDocType() {
        return docType;
    }

    String getNumberSymbol() {
        return numberSymbol;
    }

    LocalDate getIssuedOn() {
        return issuedOn;
    }

    String getSummary() {
        return summary;
    }

    boolean isLegalBasis() {
        return legalBasis;
    }

    String getSearchText() {
        return searchText;
    }

    long getVersion() {
        return version;
    }
}
