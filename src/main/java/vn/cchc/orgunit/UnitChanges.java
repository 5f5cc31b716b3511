package vn.cchc.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.shared.VnFormat;

/**
 * A unit's life after it was created: renamed, given another level, put under another parent from a date, ended;
 * merged into a successor (the 2025 reorganisation: predecessors end the day before, the successor continues).
 * Reports already made stay with the unit that made them; the route of a report follows its period's end date.
 */
@Service
@Transactional
public class UnitChanges {

    private final OrgUnitRepository units;
    private final OrgUnitParentRepository parents;
    private final OrgUnits orgUnits;
    private final Successions successions;
    private final AuditTrail audit;
    private final UnitOfficialRepository officials;

    UnitChanges(
            OrgUnitRepository units,
            OrgUnitParentRepository parents,
            OrgUnits orgUnits,
            Successions successions,
            AuditTrail audit,
            UnitOfficialRepository officials) {
        this.officials = officials;
        this.units = units;
        this.parents = parents;
        this.orgUnits = orgUnits;
        this.successions = successions;
        this.audit = audit;
    }

    /** What an edit may change; null fields stay as they are. */
    public record UnitEdit(
            String name,
            OrgUnitLevel level,
            Long parentId,
            LocalDate parentFrom,
            LocalDate validTo,
            OfficeKind officeKind) {

        public UnitEdit(String name, OrgUnitLevel level, Long parentId, LocalDate parentFrom, LocalDate validTo) {
            this(name, level, parentId, parentFrom, validTo, null);
        }
    }

    public OrgUnit edit(long unitId, UnitEdit e) {
        OrgUnit u = orgUnits.get(unitId);
        List<FieldViolation> errors = new ArrayList<>();
        String name =
                e.name() == null || e.name().isBlank() ? u.getName() : e.name().strip();
        if (!UnitNames.hasPrefix(name)) {
            errors.add(
                    new FieldViolation("name", "Tên đơn vị: phải bắt đầu bằng loại đơn vị, ví dụ «phường Hòa Bình»."));
        }
        if (e.validTo() != null && e.validTo().isBefore(u.getValidFrom())) {
            errors.add(new FieldViolation(
                    "validTo",
                    "Hiệu lực đến: phải sau hoặc bằng ngày bắt đầu hiệu lực " + new VnFormat().date(u.getValidFrom())
                            + "."));
        }
        if (e.parentId() != null) {
            if (e.parentId() == unitId)
                errors.add(new FieldViolation("parentId", "Đơn vị cấp trên: không thể là chính nó."));
            else if (units.findById(e.parentId()).isEmpty()) {
                errors.add(new FieldViolation("parentId", "Đơn vị cấp trên: không có đơn vị số " + e.parentId() + "."));
            }
            if (e.parentFrom() == null)
                errors.add(new FieldViolation("parentFrom", "Trực thuộc từ ngày: bắt buộc khi đổi đơn vị cấp trên."));
            else if (e.parentFrom().isBefore(u.getValidFrom())) {
                errors.add(new FieldViolation(
                        "parentFrom", "Trực thuộc từ ngày: không trước ngày đơn vị bắt đầu hiệu lực."));
            }
        }
        if (e.officeKind() != null && e.officeKind() != u.getOfficeKind()) {
            // who signs follows the kind: officials in positions the new kind has not must leave office first
            List<String> misfits = officials.findByOrgUnitIdOrderByPositionAscValidFromDesc(unitId).stream()
                    .filter(o -> o.getValidTo() == null || !o.getValidTo().isBefore(LocalDate.now()))
                    .filter(o -> !e.officeKind().allows(o.getPosition()))
                    .map(o -> o.getFullName() + " (" + o.getPosition().label() + ")")
                    .toList();
            if (!misfits.isEmpty()) {
                errors.add(new FieldViolation(
                        "officeKind",
                        "Loại cơ quan: đơn vị còn " + misfits.size()
                                + " người giữ chức vụ không có ở loại cơ quan này — " + String.join(", ", misfits)
                                + "; hãy kết thúc nhiệm kỳ của họ trước khi đổi."));
            }
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        Map<String, Object> before = Map.of(
                "name",
                u.getName(),
                "level",
                u.getLevel().name(),
                "validTo",
                String.valueOf(u.getValidTo()),
                "officeKind",
                u.getOfficeKind().name());
        boolean renamed = !name.equals(u.getName());
        u.edit(
                name,
                renamed ? UnitNames.letterhead(name) : u.getLetterheadName(),
                renamed ? UnitNames.placeName(name) : u.getPlaceName(),
                e.level() == null ? u.getLevel() : e.level(),
                e.validTo() == null ? u.getValidTo() : e.validTo());
        if (e.officeKind() != null) u.setOfficeKind(e.officeKind());
        if (e.parentId() != null) moveUnder(unitId, e.parentId(), e.parentFrom());
        audit.record(AuditEvent.of("UPDATE", "OrgUnit", unitId, before, e));
        return u;
    }

    /** Predecessors end the day before {@code from}; the successor continues them (a MERGE succession each). */
    public void merge(List<Long> predecessorIds, long successorId, LocalDate from, String legalBasis) {
        List<FieldViolation> errors = new ArrayList<>();
        if (predecessorIds == null || predecessorIds.isEmpty()) {
            errors.add(new FieldViolation("predecessorIds", "Đơn vị sáp nhập: cần ít nhất một đơn vị."));
        }
        if (from == null) errors.add(new FieldViolation("effectiveOn", "Ngày hiệu lực: bắt buộc."));
        if (predecessorIds != null && predecessorIds.contains(successorId)) {
            errors.add(new FieldViolation("predecessorIds", "Đơn vị sáp nhập: không gồm chính đơn vị kế thừa."));
        }
        if (errors.isEmpty()) {
            for (Long id : predecessorIds) {
                var p = units.findById(id);
                if (p.isEmpty()) {
                    errors.add(new FieldViolation("predecessorIds", "Đơn vị sáp nhập: không có đơn vị số " + id + "."));
                } else if (!p.get().getValidFrom().isBefore(from)) {
                    errors.add(new FieldViolation(
                            "effectiveOn",
                            "Ngày hiệu lực: phải sau ngày " + p.get().getName() + " bắt đầu hiệu lực ("
                                    + new VnFormat().date(p.get().getValidFrom()) + ")."));
                }
            }
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        orgUnits.get(successorId);
        for (Long id : predecessorIds) {
            OrgUnit p = orgUnits.get(id);
            if (p.getValidTo() == null || p.getValidTo().isAfter(from.minusDays(1))) {
                p.edit(p.getName(), p.getLetterheadName(), p.getPlaceName(), p.getLevel(), from.minusDays(1));
            }
            parents.findByChildIdOrderByValidFrom(id).stream()
                    .filter(l -> l.getValidTo() == null || !l.getValidTo().isBefore(from))
                    .forEach(l -> l.endOn(from.minusDays(1)));
            successions.record(id, successorId, from, "MERGE", legalBasis);
        }
        audit.record(AuditEvent.of(
                "MERGE",
                "OrgUnit",
                successorId,
                null,
                Map.of("predecessors", predecessorIds, "effectiveOn", from.toString())));
    }

    private void moveUnder(long unitId, long parentId, LocalDate from) {
        for (OrgUnitParent link : parents.findByChildIdOrderByValidFrom(unitId)) {
            if (link.getValidTo() == null || !link.getValidTo().isBefore(from)) link.endOn(from.minusDays(1));
        }
        parents.save(new OrgUnitParent(unitId, parentId, from, null));
    }
}
