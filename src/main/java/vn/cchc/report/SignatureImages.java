package vn.cchc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.account.CurrentUser;
import vn.cchc.account.Role;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

/**
 * The optional signature and seal images a commune holds (table {@code org_unit_signature_image}). The renderer
 * may place them on a signed report as Decree 30/2020 describes; placing them is not done yet.
 */
@Service
@Transactional(readOnly = true)
public class SignatureImages {

    static final int MAX_BYTES = 1024 * 1024;
    private final JdbcTemplate jdbc;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;

    SignatureImages(JdbcTemplate jdbc, OrgUnits orgUnits, AuditTrail audit) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    public record Image(byte[] bytes, String mimeType) {}

    public record UnitImages(Optional<Image> signature, Optional<Image> seal) {}

    /** What the unit holds (either may be absent). */
    public UnitImages forUnit(long unitId) {
        return jdbc
                .query(
                        "select signature_image, signature_mime, seal_image, seal_mime from org_unit_signature_image "
                                + "where org_unit_id = ?",
                        (rs, i) -> new UnitImages(
                                image(rs.getBytes(1), rs.getString(2)), image(rs.getBytes(3), rs.getString(4))),
                        unitId)
                .stream()
                .findFirst()
                .orElse(new UnitImages(Optional.empty(), Optional.empty()));
    }

    /** The unit's chairman or an administrator sets the images; null leaves one unchanged. */
    @Transactional
    public void store(CurrentUser user, long unitId, Image signature, Image seal) {
        if (!orgUnits.canSee(user, unitId)) throw new NotFoundException("error.orgUnit.notFound", unitId);
        boolean allowed = user.role() == Role.ADMIN
                || (user.role() == Role.CHAIRMAN && Long.valueOf(unitId).equals(user.unitId()));
        if (!allowed) throw new ForbiddenException("workflow.error.forbidden.images");
        List<FieldViolation> errors = new ArrayList<>();
        check("signature", "Ảnh chữ ký", signature, errors);
        check("seal", "Ảnh con dấu", seal, errors);
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        jdbc.update(
                """
                insert into org_unit_signature_image (org_unit_id, signature_image, signature_mime, seal_image, seal_mime)
                values (?, ?, ?, ?, ?)
                on conflict (org_unit_id) do update set
                    signature_image = coalesce(excluded.signature_image, org_unit_signature_image.signature_image),
                    signature_mime = coalesce(excluded.signature_mime, org_unit_signature_image.signature_mime),
                    seal_image = coalesce(excluded.seal_image, org_unit_signature_image.seal_image),
                    seal_mime = coalesce(excluded.seal_mime, org_unit_signature_image.seal_mime),
                    updated_at = now()""",
                unitId,
                signature == null ? null : signature.bytes(),
                signature == null ? null : signature.mimeType(),
                seal == null ? null : seal.bytes(),
                seal == null ? null : seal.mimeType());
        audit.record(AuditEvent.of(
                "UPDATE",
                "OrgUnitSignatureImage",
                unitId,
                null,
                Map.of("signature", signature != null, "seal", seal != null)));
    }

    private static void check(String field, String label, Image image, List<FieldViolation> errors) {
        if (image == null) return;
        byte[] b = image.bytes();
        boolean png = b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        boolean jpeg = b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8;
        if (!png && !jpeg) errors.add(new FieldViolation(field, label + ": phải là ảnh PNG hoặc JPEG."));
        else if (b.length > MAX_BYTES) errors.add(new FieldViolation(field, label + ": tối đa 1 MB."));
        else if (!(png ? "image/png" : "image/jpeg").equals(image.mimeType())) {
            errors.add(new FieldViolation(field, label + ": loại tệp không khớp với nội dung ảnh."));
        }
    }

    private static Optional<Image> image(byte[] bytes, String mime) {
        return bytes == null ? Optional.empty() : Optional.of(new Image(bytes, mime));
    }
}
