package vn.cchc.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.NotFoundException;

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
        return parents.findValidOn(unitId, day).map(OrgUnitParent::getParentId)
                .or(() -> links.isEmpty() ? Optional.empty() : Optional.of(links.get(links.size() - 1).getParentId()));
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
        Set<Long> found = new LinkedHashSet<>();
        List<Long> frontier = List.of(unitId);
        while (!frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (Long id : frontier) {
                for (OrgUnitParent link : parents.findByParentId(id)) {
                    if (found.add(link.getChildId())) next.add(link.getChildId());
                }
            }
            frontier = next;
        }
        return found;
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
        if (!viewer.seesAll()) ancestorsOn(viewer.unitId(), lastValidDay(get(viewer.unitId()), day))
                .forEach(u -> ids.add(u.getId()));
        return units.findAllById(ids).stream()
                .sorted((a, b) -> a.getLevel() != b.getLevel() ? a.getLevel().compareTo(b.getLevel())
                        : a.getName().compareTo(b.getName()))
                .toList();
    }

    /** A unit that ceased to exist is seen as it stood on its last day. */
    public static LocalDate lastValidDay(OrgUnit unit, LocalDate day) {
        return unit.getValidTo() != null && unit.getValidTo().isBefore(day) ? unit.getValidTo() : day;
    }

    public boolean canSee(UnitViewer viewer, long unitId) {
        return visibleUnitIds(viewer).contains(unitId);
    }

    @Transactional
    public OrgUnit create(NewOrgUnit n) {
        OrgUnit unit = units.save(new OrgUnit(n.code(), n.officialCode(), n.name(), n.letterheadName(),
                n.placeName(), n.level(), n.validFrom(), n.validTo()));
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
