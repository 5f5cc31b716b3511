package vn.cchc.signing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.report.PdfSigning;
import vn.cchc.report.SignatureImages;
import vn.cchc.signing.SigningKeys;
import vn.cchc.signing.UnitSigningKeys;

/**
 * The sign step's post-processing of the frozen PDF: PDF/A-2b with the signature fields, then the chairman's
 * signature, then the organisation's (its seal), each an incremental update. Records the signatures so that
 * verification recognises the file later.
 */
@Service
class ReportPdfSigner implements PdfSigning {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final SigningKeys keys;
    private final SignatureImages images;
    private final OrgUnits orgUnits;
    private final JdbcTemplate jdbc;
    private final Optional<TimestampAuthority> tsa;

    ReportPdfSigner(
            SigningKeys keys,
            SignatureImages images,
            OrgUnits orgUnits,
            JdbcTemplate jdbc,
            @Value("${cchc.signing.tsa-url:}") String tsaUrl,
            @Value("${cchc.signing.tsa-timeout-ms:10000}") int tsaTimeout) {
        this.keys = keys;
        this.images = images;
        this.orgUnits = orgUnits;
        this.jdbc = jdbc;
        this.tsa = tsaUrl.isBlank()
                ? Optional.empty()
                : Optional.of(new TimestampAuthority(URI.create(tsaUrl), tsaTimeout));
    }

    @Override
    public boolean signsFor(long orgUnitId) {
        return keys.has(orgUnitId);
    }

    @Override
    public Optional<byte[]> sign(Request r) {
        Optional<UnitSigningKeys> unitKeys = keys.forUnit(r.orgUnitId());
        if (unitKeys.isEmpty()) return Optional.empty();
        UnitSigningKeys k = unitKeys.get();
        OrgUnit unit = orgUnits.get(r.orgUnitId());
        SignatureImages.UnitImages pictures = images.forUnit(r.orgUnitId());
        SignatureAppearance appearance = new SignatureAppearance(
                r.signerName(),
                pictures.signature().map(SignatureImages.Image::bytes).orElse(null),
                pictures.seal().map(SignatureImages.Image::bytes).orElse(null),
                unit.getLetterheadName(),
                r.signedAt().atZone(VIETNAM).toOffsetDateTime(),
                k.organisation().isPresent(),
                k.demo());
        Calendar time = GregorianCalendar.from(r.signedAt().atZone(VIETNAM));
        time.setTimeZone(TimeZone.getTimeZone(VIETNAM));
        try {
            byte[] pdf = PdfArchive.prepare(
                    r.pdf(),
                    appearance,
                    "Báo cáo công tác cải cách hành chính — " + unit.getName(),
                    "cchc-report:" + r.reportId() + ":v" + r.revision());
            PadesSigner.Signed chairman = PadesSigner.sign(
                    pdf,
                    PdfArchive.CHAIRMAN_FIELD,
                    k.chairman(),
                    time,
                    r.signerName(),
                    "Ký ban hành báo cáo",
                    unit.getPlaceName(),
                    tsa);
            record(
                    r,
                    1,
                    "CHAIRMAN",
                    Certificates.commonName(k.chairman().chain().get(0)),
                    chairman.cms());
            pdf = chairman.pdf();
            if (k.organisation().isPresent()) {
                PadesSigner.Signed organisation = PadesSigner.sign(
                        pdf,
                        PdfArchive.ORGANISATION_FIELD,
                        k.organisation().get(),
                        time,
                        unit.getLetterheadName(),
                        "Chữ ký số của cơ quan (con dấu)",
                        unit.getPlaceName(),
                        tsa);
                record(
                        r,
                        2,
                        "ORGANISATION",
                        Certificates.commonName(k.organisation().get().chain().get(0)),
                        organisation.cms());
                pdf = organisation.pdf();
            }
            return Optional.of(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("Signing the report's PDF failed", e);
        }
    }

    private void record(Request r, int position, String role, String signer, byte[] cms) {
        jdbc.update(
                """
                insert into report_pdf_signature (report_id, revision, position, role, signer, signed_at, cms_sha256)
                values (?, ?, ?, ?, ?, ?, ?)""",
                r.reportId(),
                r.revision(),
                position,
                role,
                signer,
                Timestamp.from(r.signedAt()),
                Certificates.sha256(cms));
    }
}
