package vn.cchc.orgunit.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;

@RestController
@RequestMapping("/api/v1/org-units")
class OrgUnitApiController {

    private final OrgUnits orgUnits;

    OrgUnitApiController(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    @GetMapping
    List<OrgUnitJson> list(@AuthenticationPrincipal UnitViewer viewer) {
        LocalDate today = LocalDate.now();
        return orgUnits.visibleTo(viewer, today).stream().map(u -> toJson(u, today)).toList();
    }

    private OrgUnitJson toJson(OrgUnit u, LocalDate today) {
        Long parentId = orgUnits.currentParentId(u.getId(), OrgUnits.lastValidDay(u, today)).orElse(null);
        return new OrgUnitJson(u.getId(), u.getCode(), u.getName(), u.getLevel().name(), parentId,
                u.getValidFrom(), u.getValidTo());
    }

    record OrgUnitJson(Long id, String code, String name, String level, Long parentId, LocalDate validFrom,
                       LocalDate validTo) {
    }
}
