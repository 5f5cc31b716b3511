package vn.cchc.signing;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.Reports;
import vn.cchc.signing.internal.Certificates;

/**
 * Verifies an uploaded PDF against what we signed: the file's SHA-256 against the frozen files, each embedded
 * signature cryptographically (Bouncy Castle over the signature's byte range) and its certificate against the trust
 * anchors. Recognises an altered copy by its signature values, which we record at signing.
 */
@Service
@Transactional(readOnly = true)
public class PdfVerifier {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final JdbcTemplate jdbc;
    private final Reports reports;
    private final SigningKeys keys;
    private final OrgUnits orgUnits;

    PdfVerifier(JdbcTemplate jdbc, Reports reports, SigningKeys keys, OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
        this.jdbc = jdbc;
        this.reports = reports;
        this.keys = keys;
    }

    private record Match(long reportId, int revision) {}

    public Verification verify(UnitViewer viewer, byte[] pdf) {
        Optional<Match> exact = jdbc
                .query(
                        "select report_id, revision from report_snapshot where pdf_sha256 = ?",
                        (rs, i) -> new Match(rs.getLong(1), rs.getInt(2)),
                        Certificates.sha256(pdf))
                .stream()
                .findFirst();
        List<Verification.SignatureCheck> checks = new ArrayList<>();
        Optional<Match> bySignature = Optional.empty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<X509Certificate> anchors = keys.trustAnchors();
            for (PDSignature s : doc.getSignatureDictionaries()) {
                byte[] cms = unpadded(s.getContents());
                checks.add(check(s, cms, pdf, anchors));
                if (bySignature.isEmpty() && exact.isEmpty()) bySignature = recorded(cms);
            }
        } catch (IOException e) {
            // not a PDF (or a broken one): known only if its bytes are exactly one of ours, which they cannot be
        }
        Optional<Match> match = exact.isPresent() ? exact : bySignature;
        if (match.isEmpty()) return new Verification(false, false, null, null, checks);
        if (!visible(viewer, match.get().reportId()))
            return new Verification(true, exact.isPresent(), null, null, List.of());
        return new Verification(
                true, exact.isPresent(), match.get().reportId(), match.get().revision(), checks);
    }

    /** The verification state of a frozen file we hold (for the office's board). */
    public Verification verifyFrozen(byte[] pdf) {
        return verify(null, pdf);
    }

    private boolean visible(UnitViewer viewer, long reportId) {
        if (viewer == null) return true;
        // asked, not thrown: a refusal inside this read-only transaction would mark it for rollback
        return orgUnits.canSee(viewer, reports.getInternal(reportId).getOrgUnitId());
    }

    private Optional<Match> recorded(byte[] cms) {
        try {
            String sha = Certificates.sha256(cms);
            return jdbc
                    .query(
                            "select report_id, revision from report_pdf_signature where cms_sha256 = ?",
                            (rs, i) -> new Match(rs.getLong(1), rs.getInt(2)),
                            sha)
                    .stream()
                    .findFirst();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The CMS value without the zero bytes that pad the signature's reserved room in the file. */
    private static byte[] unpadded(byte[] contents) {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return in.readObject().getEncoded(ASN1Encoding.DER);
        } catch (Exception e) {
            return contents;
        }
    }

    private static Verification.SignatureCheck check(
            PDSignature s, byte[] cms, byte[] pdf, List<X509Certificate> anchors) {
        String signer = s.getName();
        String signedAt = s.getSignDate() == null ? null : iso(s.getSignDate());
        boolean intact = false;
        boolean trusted = false;
        int[] range = s.getByteRange();
        boolean whole = range != null && range.length == 4 && (long) range[2] + range[3] == pdf.length;
        try {
            byte[] content = s.getSignedContent(pdf);
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content), cms);
            SignerInformation si = data.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(si.getSID());
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(matches.iterator().next());
            signer = Certificates.commonName(cert);
            intact = si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            trusted = chainsTo(cert, data, anchors);
            AttributeTable unsigned = si.getUnsignedAttributes();
            if (unsigned != null && unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null) {
                TimeStampToken token = new TimeStampToken(
                        new CMSSignedData(unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                                .getAttrValues()
                                .getObjectAt(0)
                                .toASN1Primitive()
                                .getEncoded()));
                signedAt = token.getTimeStampInfo()
                        .getGenTime()
                        .toInstant()
                        .atZone(VIETNAM)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
        } catch (Exception e) {
            intact = false; // a value that does not parse or does not match the bytes it covers
        }
        return new Verification.SignatureCheck(signer, signedAt, intact && trusted, intact, trusted, whole);
    }

    /** The certificate is an anchor, or was issued by one (directly or through a certificate in the CMS). */
    private static boolean chainsTo(X509Certificate cert, CMSSignedData data, List<X509Certificate> anchors) {
        X509Certificate current = cert;
        for (int depth = 0; depth < 5; depth++) {
            for (X509Certificate anchor : anchors) {
                if (anchor.equals(current)) return true;
                if (issuedBy(current, anchor)) return true;
            }
            X509Certificate next = null;
            try {
                JcaX509CertificateConverter conv = new JcaX509CertificateConverter();
                for (Object o : data.getCertificates().getMatches(null)) {
                    X509Certificate c = conv.getCertificate((X509CertificateHolder) o);
                    if (!c.equals(current) && issuedBy(current, c)) next = c;
                }
            } catch (Exception e) {
                return false;
            }
            if (next == null) return false;
            current = next;
        }
        return false;
    }

    private static boolean issuedBy(X509Certificate cert, X509Certificate issuer) {
        if (!cert.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) return false;
        try {
            cert.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static String iso(Calendar c) {
        return c.toInstant().atZone(VIETNAM).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
