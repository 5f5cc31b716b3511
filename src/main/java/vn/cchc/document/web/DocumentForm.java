package vn.cchc.document.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.document.DocumentInput;
import vn.cchc.document.DocumentView;

/** The document form: dates typed as dd/MM/yyyy, the version the form was opened on as a hidden field. */
public class DocumentForm {

    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private String issuerKind = "OWN";
    private String issuerName;
    private String docType;
    private String numberSymbol;
    private String issuedOn;
    private String summary;
    private boolean legalBasis;
    private List<String> sections = new ArrayList<>();
    private Long version;
    private boolean attach = true;

    static DocumentForm of(DocumentView d) {
        DocumentForm f = new DocumentForm();
        f.issuerKind = d.issuerKind();
        f.issuerName = d.issuerName();
        f.docType = d.docType();
        f.numberSymbol = d.numberSymbol();
        f.issuedOn = d.issuedOn() == null ? "" : SHOW.format(d.issuedOn());
        f.summary = d.summary();
        f.legalBasis = d.legalBasis();
        f.sections = new ArrayList<>(d.sections());
        f.version = d.version();
        return f;
    }

    /** True when the date field is empty or a valid dd/MM/yyyy date. */
    boolean dateValid() {
        return parseDate() != null || issuedOn == null || issuedOn.isBlank();
    }

    LocalDate parseDate() {
        if (issuedOn == null || issuedOn.isBlank()) return null;
        try {
            return LocalDate.parse(issuedOn.trim(), DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    DocumentInput toInput() {
        return new DocumentInput(
                issuerKind,
                issuerName,
                docType,
                numberSymbol,
                parseDate(),
                summary,
                legalBasis,
                sections == null ? List.of() : sections);
    }

    public String getIssuerKind() {
        return issuerKind;
    }

    public void setIssuerKind(String v) {
        issuerKind = v;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public void setIssuerName(String v) {
        issuerName = v;
    }

    public String getDocType() {
        return docType;
    }

    public void setDocType(String v) {
        docType = v;
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    public void setNumberSymbol(String v) {
        numberSymbol = v;
    }

    public String getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(String v) {
        issuedOn = v;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String v) {
        summary = v;
    }

    public boolean isLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(boolean v) {
        legalBasis = v;
    }

    public List<String> getSections() {
        return sections;
    }

    public void setSections(List<String> v) {
        sections = v;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long v) {
        version = v;
    }

    public boolean isAttach() {
        return attach;
    }

    public void setAttach(boolean v) {
        attach = v;
    }
}
