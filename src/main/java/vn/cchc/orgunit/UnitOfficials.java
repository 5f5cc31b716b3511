package vn.cchc.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.shared.VnFormat;

/** The people who may sign for a unit, over time. */
@Service
@Transactional(readOnly = true)
public class UnitOfficials {

    private final UnitOfficialRepository officials;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;

    UnitOfficials(UnitOfficialRepository officials, OrgUnits orgUnits, AuditTrail audit) {
        this.officials = officials;
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    public List<UnitOfficial> of(long unitId) {
        return officials.findByOrgUnitIdOrderByPositionAscValidFromDesc(unitId);
    }

    public UnitOfficial get(long id) {
        return officials.findById(id).orElseThrow(() -> new NotFoundException("error.official.notFound", id));
    }

    /** The chairman in office on the day (a division's or department's head): the default signer. */
    public Optional<UnitOfficial> chairmanOn(long unitId, LocalDate day) {
        OfficialPosition head = orgUnits.get(unitId).getOfficeKind().head();
        return of(unitId).stream()
                .filter(o -> o.getPosition() == head && o.validOn(day))
                .findFirst();
    }

    @Transactional
    public UnitOfficial add(
            long unitId, String fullName, OfficialPosition position, LocalDate validFrom, LocalDate validTo) {
        OfficeKind kind = orgUnits.get(unitId).getOfficeKind();
        List<FieldViolation> errors = new ArrayList<>();
        if (fullName == null || fullName.isBlank()) errors.add(new FieldViolation("fullName", "Họ và tên: bắt buộc."));
        if (position == null || !kind.allows(position)) {
            errors.add(new FieldViolation(
                    "position",
                    kind == OfficeKind.COMMITTEE
                            ? "Chức vụ: bắt buộc, Chủ tịch hoặc Phó Chủ tịch."
                            : "Chức vụ: bắt buộc, người đứng đầu hoặc cấp phó của cơ quan (" + kind.title(kind.head())
                                    + ", " + kind.title(OfficialPosition.DEPUTY_HEAD) + ")."));
        }
        if (validFrom == null) errors.add(new FieldViolation("validFrom", "Từ ngày: bắt buộc."));
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            errors.add(new FieldViolation("validTo", "Đến ngày: phải sau hoặc bằng Từ ngày."));
        }
        if (position == kind.head()
                && validFrom != null
                && of(unitId).stream()
                        .anyMatch(
                                o -> o.getPosition() == OfficialPosition.CHAIRMAN && overlaps(o, validFrom, validTo))) {
            errors.add(new FieldViolation(
                    "validFrom",
                    "Từ ngày: đơn vị đã có " + (kind == OfficeKind.COMMITTEE ? "Chủ tịch" : "người đứng đầu")
                            + " trong thời gian này; "
                            + "hãy ghi ngày kết thúc nhiệm kỳ của người trước."));
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        UnitOfficial o = officials.save(new UnitOfficial(unitId, fullName.strip(), position, validFrom, validTo));
        audit.record(AuditEvent.of(
                "CREATE",
                "UnitOfficial",
                o.getId(),
                null,
                Map.of("unitId", unitId, "fullName", o.getFullName(), "position", position.name())));
        return o;
    }

    /** Ends an official's term on {@code validTo} (the last day in office); the record stays for old reports. */
    @Transactional
    public UnitOfficial end(long unitId, long officialId, LocalDate validTo) {
        UnitOfficial o = get(officialId);
        if (!o.getOrgUnitId().equals(unitId)) throw new NotFoundException("error.official.notFound", officialId);
        if (validTo == null)
            throw new ValidationFailedException(List.of(new FieldViolation("validTo", "Đến ngày: bắt buộc.")));
        if (validTo.isBefore(o.getValidFrom())) {
            throw new ValidationFailedException(List.of(new FieldViolation(
                    "validTo", "Đến ngày: phải sau hoặc bằng Từ ngày " + new VnFormat().date(o.getValidFrom()) + ".")));
        }
        LocalDate before = o.getValidTo();
        o.endOn(validTo);
        audit.record(AuditEvent.of(
                "UPDATE",
                "UnitOfficial",
                o.getId(),
                Map.of("validTo", String.valueOf(before)),
                Map.of("validTo", validTo.toString())));
        return o;
    }

    private static boolean overlaps(UnitOfficial o, LocalDate from, LocalDate to) {
        boolean startsBeforeEnd = to == null || !o.getValidFrom().isAfter(to);
        boolean endsAfterStart = o.getValidTo() == null || !o.getValidTo().isBefore(from);
        return startsBeforeEnd && endsAfterStart;
    }
}
