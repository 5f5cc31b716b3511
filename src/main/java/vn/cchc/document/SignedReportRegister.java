package vn.cchc.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.report.ReportRegister;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;

/** The register side of signing: numbers for reports (BC) and the entry of each signed report. */
@Component
class SignedReportRegister implements ReportRegister {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*0*(\\d{1,6})\\s*/");
    private final IssuedDocumentRepository documents;
    private final AuditTrail audit;

    SignedReportRegister(IssuedDocumentRepository documents, AuditTrail audit) {
        this.documents = documents;
        this.audit = audit;
    }

    @Override
    public int nextReportNumber(long unitId, int year) {
        int max = 0;
        for (IssuedDocument d : ownOfYear(unitId, year)) {
            if (!"BC".equals(d.getDocType())) continue;
            Matcher m = LEADING_NUMBER.matcher(d.getNumberSymbol());
            if (m.find()) max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max + 1;
    }

    @Override
    public Optional<Long> findOwn(long unitId, int year, String numberSymbol) {
        String key = normalise(numberSymbol);
        return ownOfYear(unitId, year).stream()
                .filter(d -> normalise(d.getNumberSymbol()).equals(key))
                .map(IssuedDocument::getId)
                .findFirst();
    }

    @Override
    @Transactional
    public long enterSignedReport(long unitId, String issuerName, String numberSymbol, LocalDate date, String summary) {
        Optional<Long> existing = findOwn(unitId, date.getYear(), numberSymbol);
        if (existing.isPresent()) return existing.get();
        IssuedDocument d = new IssuedDocument(unitId);
        d.apply(new DocumentInput("OWN", issuerName, "BC", numberSymbol, date, summary, false, List.of()), "Báo cáo");
        d = documents.saveAndFlush(d);
        audit.record(AuditEvent.of(
                "CREATE",
                IssuedDocuments.ENTITY,
                d.getId(),
                null,
                Map.of("numberSymbol", numberSymbol, "issuedOn", date.toString(), "source", "SIGNED_REPORT")));
        return d.getId();
    }

    private List<IssuedDocument> ownOfYear(long unitId, int year) {
        return documents.findByOrgUnitId(unitId).stream()
                .filter(d -> d.getIssuerKind() == IssuerKind.OWN
                        && d.getIssuedOn() != null
                        && d.getIssuedOn().getYear() == year)
                .toList();
    }

    /** As the duplicate-number check compares: no spaces, upper case, no leading zeros ("09/BC-UBND" = "9/BC-UBND"). */
    static String normalise(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFC)
                .replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT);
        return n.replaceFirst("^0+(?=\\d)", "");
    }
}
