package vn.cchc.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.orgunit.OfficeKind;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitOfficial;
import vn.cchc.orgunit.UnitOfficials;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ValidationFailedException;

/**
 * A report is signed with its number, its date and its signer. Before signing the clerk may choose them; at
 * signing a missing number is allotted from the unit's register (the next free BC number of the year), a missing
 * date is the signing day, a missing signer is the chairman in office then. Without a signer it cannot be signed.
 */
@Component
public class SigningDetails {

    public static final String SYMBOL = "/BC-UBND";
    private final Reports reports;
    private final ReportRegister register;
    private final UnitOfficials officials;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;
    private final Clock clock;

    SigningDetails(
            Reports reports,
            ReportRegister register,
            UnitOfficials officials,
            OrgUnits orgUnits,
            AuditTrail audit,
            Clock clock) {
        this.reports = reports;
        this.register = register;
        this.officials = officials;
        this.orgUnits = orgUnits;
        this.audit = audit;
        this.clock = clock;
    }

    /** The clerk's choice before signing; a number taken in the register by another document is refused (422). */
    @Transactional
    public Report choose(UnitViewer viewer, long reportId, String number, LocalDate date, Long officialId) {
        Report r = reports.requireEditable(viewer, reportId);
        List<FieldViolation> errors = new ArrayList<>();
        String n = number == null || number.isBlank() ? null : number.strip();
        if (n != null && !n.matches("0?\\d{1,6}/[A-ZĐ]{1,4}-[A-ZĐ0-9-]{2,20}")) {
            errors.add(new FieldViolation("numberSymbol", "Số, ký hiệu: dạng «số/BC-UBND», ví dụ 05/BC-UBND."));
        }
        int year = (date != null ? date : LocalDate.now(clock)).getYear();
        if (n != null
                && errors.isEmpty()
                && register.findOwn(r.getOrgUnitId(), year, n).isPresent()) {
            errors.add(new FieldViolation(
                    "numberSymbol",
                    "Số, ký hiệu: số " + n + " đã có trong sổ văn bản năm " + year
                            + " của đơn vị; hãy để trống để lấy số kế tiếp khi ký."));
        }
        UnitOfficial o = null;
        if (officialId != null) {
            o = officials.of(r.getOrgUnitId()).stream()
                    .filter(x -> x.getId().equals(officialId))
                    .findFirst()
                    .orElse(null);
            if (o == null)
                errors.add(new FieldViolation("signerOfficialId", "Người ký: không phải lãnh đạo của đơn vị này."));
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        var before = r.header();
        OfficeKind kind = orgUnits.get(r.getOrgUnitId()).getOfficeKind();
        r.chooseSigningDetails(
                n,
                date,
                officialId,
                o == null ? null : kind.authority(o.getPosition()),
                o == null ? null : kind.title(o.getPosition()),
                o == null ? null : o.getFullName());
        audit.record(AuditEvent.of("UPDATE", "Report", r.getId(), before, r.header())
                .forReport(r.getId(), r.getOrgUnitId()));
        return r;
    }

    /** Fills number, date and signer for signing; 409 with the reason when there is no one to sign. */
    void complete(Report r) {
        LocalDate date = r.getReportDate() != null ? r.getReportDate() : LocalDate.now(clock);
        OrgUnit unit = orgUnits.get(r.getOrgUnitId());
        OfficeKind kind = unit.getOfficeKind();
        ReportHeader h = r.header();
        String authority = h.signerAuthority();
        String title = h.signerTitle();
        String name = h.signerName();
        if (r.getSignerOfficialId() != null) {
            UnitOfficial o = officials.get(r.getSignerOfficialId());
            if (!o.validOn(date)) {
                throw new ConflictException(
                        "commune.error.signerNotInOffice",
                        o.getFullName(),
                        DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date));
            }
            authority = kind.authority(o.getPosition());
            title = kind.title(o.getPosition());
            name = o.getFullName();
        } else if (blank(name)) {
            UnitOfficial chairman = officials
                    .chairmanOn(unit.getId(), date)
                    .or(() -> officials.chairmanOn(unit.getId(), OrgUnits.lastValidDay(unit, date)))
                    .orElseThrow(() -> new ConflictException("commune.error.noSigner", unit.getName()));
            authority = kind.authority(kind.head());
            title = kind.title(kind.head());
            name = chairman.getFullName();
        }
        String number = r.getNumberSymbol();
        if (blank(number)) {
            int next = register.nextReportNumber(unit.getId(), date.getYear());
            number = (next < 10 ? "0" + next : String.valueOf(next)) + SYMBOL;
        }
        if (blank(number)) throw new ConflictException("commune.error.noNumber");
        // a head signing in person has no authority line («GIÁM ĐỐC» alone); a committee always has one
        String defaultAuthority = kind.authority(kind.head());
        r.completeForSigning(
                number,
                date,
                blank(authority) ? defaultAuthority : authority,
                blank(title) ? kind.title(kind.head()) : title,
                name);
    }

    /** After signing: the report in the unit's register as a BC document. */
    void enter(Report r, String summary) {
        OrgUnit unit = orgUnits.get(r.getOrgUnitId());
        register.enterSignedReport(
                unit.getId(), "UBND " + unit.getName(), r.getNumberSymbol(), r.getReportDate(), summary);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
