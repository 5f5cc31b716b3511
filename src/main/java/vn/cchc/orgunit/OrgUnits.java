package vn.cchc.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

/** The unit hierarchy over time and who may see which unit. */
@Service
@Transactional(readOnly = true)
public class OrgUnits {

    private final OrgUnitRepository units;
    private final OrgUnitParentRepository parents;
    private final AuditTrail audit;

    OrgUnits(OrgUnitRepository units, OrgUnitParentRepository parents, AuditTrail audit) {
        this.units = units;
        this.parents = parents;
        this.audit = audit;
    }

    public OrgUnit get(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("error.orgUnit.notFound", id));
    }

    /** Several units in one read (a list of reports names each unit once), by id. */
    public Map<Long, OrgUnit> byIds(Collection<Long> ids) {
        return units.findAllById(ids).stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
    }

    public Optional<OrgUnit> byCode(String code) {
        return units.findByCode(code);
    }

    public List<OrgUnit> all() {
        return units.findAllByOrderByLevelAscNameAsc();
    }

    /** The unit a report goes to: the parent valid on the given day (the period's end date). */
    public Optional<OrgUnit> parentOn(long unitId, LocalDate day) {
        return parents.findValidOn(unitId, day).map(p -> get(p.getParentId()));
    }

    /** The parent link valid on the day, or the latest one if none is valid then (for listing). */
    public Optional<Long> currentParentId(long unitId, LocalDate day) {
        List<OrgUnitParent> links = parents.findByChildIdOrderByValidFrom(unitId);
        return parents.findValidOn(unitId, day)
                .map(OrgUnitParent::getParentId)
                .or(() -> links.isEmpty()
                        ? Optional.empty()
                        : Optional.of(links.get(links.size() - 1).getParentId()));
    }

    /** Parent, grandparent, … as they stood on the day. */
    public List<OrgUnit> ancestorsOn(long unitId, LocalDate day) {
        List<OrgUnit> chain = new ArrayList<>();
        Optional<OrgUnit> next = parentOn(unitId, day);
        while (next.isPresent() && chain.size() < 10) {
            chain.add(next.get());
            next = parentOn(next.get().getId(), day);
        }
        return chain;
    }

    /** Every unit that has ever reported to this one, directly or through an intermediate unit. */
    public Set<Long> descendantIds(long unitId) {
        // one recursive query: a province office asked once per unit below it, on every page it opened
        return new LinkedHashSet<>(parents.findDescendantIds(unitId));
    }

    public Set<Long> visibleUnitIds(UnitViewer viewer) {
        if (viewer.seesAll()) {
            Set<Long> ids = new LinkedHashSet<>();
            all().forEach(u -> ids.add(u.getId()));
            return ids;
        }
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(viewer.unitId());
        if (viewer.seesSubordinates()) ids.addAll(descendantIds(viewer.unitId()));
        return ids;
    }

    /** Units the viewer may see plus the ancestors of its own unit (needed for letterheads and navigation). */
    public List<OrgUnit> visibleTo(UnitViewer viewer, LocalDate day) {
        Set<Long> ids = new LinkedHashSet<>(visibleUnitIds(viewer));
        if (!viewer.seesAll())
            ancestorsOn(viewer.unitId(), lastValidDay(get(viewer.unitId()), day))
                    .forEach(u -> ids.add(u.getId()));
        return units.findAllById(ids).stream()
                .sorted((a, b) -> a.getLevel() != b.getLevel()
                        ? a.getLevel().compareTo(b.getLevel())
                        : a.getName().compareTo(b.getName()))
                .toList();
    }

    /** A unit that ceased to exist is seen as it stood on its last day. */
    public static LocalDate lastValidDay(OrgUnit unit, LocalDate day) {
        return unit.getValidTo() != null && unit.getValidTo().isBefore(day) ? unit.getValidTo() : day;
    }

    public boolean canSee(UnitViewer viewer, long unitId) {
        if (viewer.unitId() != null && viewer.unitId() == unitId) return true; // its own unit: nothing to read
        return visibleUnitIds(viewer).contains(unitId);
    }

    /**
     * Units under this one on the day (through intermediate units), with the links valid on that day only: a
     * province's period reaches its communes through the districts of that time, an office's only its own.
     */
    public List<OrgUnit> descendantsOn(long unitId, LocalDate day) {
        List<OrgUnit> found = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        List<Long> frontier = List.of(unitId);
        while (!frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (Long id : frontier) {
                for (OrgUnitParent link : parents.findByParentId(id)) {
                    boolean valid = !day.isBefore(link.getValidFrom())
                            && (link.getValidTo() == null || !day.isAfter(link.getValidTo()));
                    if (!valid || !seen.add(link.getChildId())) continue;
                    OrgUnit child = get(link.getChildId());
                    if (!child.validOn(day)) continue;
                    found.add(child);
                    next.add(child.getId());
                }
            }
            frontier = next;
        }
        return found;
    }

    /** Whether the unit existed on the day and was the scheduling unit itself or one of its units then. */
    public boolean belongsOn(long unitId, long scheduleUnitId, LocalDate day) {
        OrgUnit unit = get(unitId);
        if (!unit.validOn(day)) return false;
        if (unitId == scheduleUnitId) return true;
        return ancestorsOn(unitId, day).stream().anyMatch(a -> a.getId() == scheduleUnitId);
    }

    /**
     * Creates a unit from what people type: the letterhead and the place name come from the name's prefix when not
     * given («phường Hòa Bình» → «UBND PHƯỜNG HÒA BÌNH», «Hòa Bình»). Rules broken → 422, nothing saved.
     */
    @Transactional
    public OrgUnit createChecked(NewOrgUnit n) {
        List<FieldViolation> errors = new ArrayList<>(OrgUnitRules.check(n));
        if (n.code() != null && units.findByCode(n.code().strip()).isPresent()) {
            errors.add(new FieldViolation(
                    "code", "Mã đơn vị: đã có đơn vị dùng mã «" + n.code().strip() + "»."));
        }
        if (n.parentId() != null) {
            Optional<OrgUnit> parent = units.findById(n.parentId());
            if (parent.isEmpty()) {
                errors.add(new FieldViolation("parentId", "Đơn vị cấp trên: không có đơn vị số " + n.parentId() + "."));
            } else if (n.validFrom() != null && !parent.get().validOn(n.validFrom())) {
                errors.add(new FieldViolation(
                        "parentId",
                        "Đơn vị cấp trên: " + parent.get().getName()
                                + " không còn hiệu lực vào ngày bắt đầu của đơn vị mới."));
            }
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        String name = n.name().strip();
        return create(new NewOrgUnit(
                n.code().strip(),
                blankToNull(n.officialCode()),
                name,
                blankToNull(n.letterheadName()) != null ? n.letterheadName().strip() : UnitNames.letterhead(name),
                blankToNull(n.placeName()) != null ? n.placeName().strip() : UnitNames.placeName(name),
                n.level(),
                n.validFrom(),
                n.validTo(),
                n.parentId()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Transactional
    public OrgUnit create(NewOrgUnit n) {
        OrgUnit unit = units.save(new OrgUnit(
                n.code(),
                n.officialCode(),
                n.name(),
                n.letterheadName(),
                n.placeName(),
                n.level(),
                n.validFrom(),
                n.validTo()));
        if (n.parentId() != null) {
            get(n.parentId());
            parents.save(new OrgUnitParent(unit.getId(), n.parentId(), n.validFrom(), n.validTo()));
        }
        audit.record(AuditEvent.of("CREATE", "OrgUnit", unit.getId(), null, n));
        return unit;
    }

    @Transactional
    public void linkParent(long childId, long parentId, LocalDate from, LocalDate to) {
        parents.save(new OrgUnitParent(childId, parentId, from, to));
    }
}
