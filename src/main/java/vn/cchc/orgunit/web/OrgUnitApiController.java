package vn.cchc.orgunit.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.orgunit.NewOrgUnit;
import vn.cchc.orgunit.OfficialPosition;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitChanges;
import vn.cchc.orgunit.UnitImport;
import vn.cchc.orgunit.UnitOfficial;
import vn.cchc.orgunit.UnitOfficials;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.NotFoundException;
import vn.cchc.spreadsheet.SpreadsheetRejectedException;
import vn.cchc.spreadsheet.XlsxReader;

@RestController
@RequestMapping("/api/v1/org-units")
class OrgUnitApiController {

    private final OrgUnits orgUnits;

    private final UnitOfficials officials;
    private final UnitChanges changes;

    private final UnitImport unitImport;
    private final XlsxReader reader;

    OrgUnitApiController(
            OrgUnits orgUnits, UnitOfficials officials, UnitChanges changes, UnitImport unitImport, XlsxReader reader) {
        this.unitImport = unitImport;
        this.reader = reader;
        this.changes = changes;
        this.orgUnits = orgUnits;
        this.officials = officials;
    }

    @GetMapping
    List<OrgUnitJson> list(@AuthenticationPrincipal UnitViewer viewer) {
        LocalDate today = LocalDate.now();
        return orgUnits.visibleTo(viewer, today).stream()
                .map(u -> toJson(u, today))
                .toList();
    }

    /** Admin only: a new unit; the name carries its prefix («phường Hòa Bình»), the letterhead is derived from it. */
    @PostMapping
    ResponseEntity<OrgUnitJson> create(@AuthenticationPrincipal UnitViewer viewer, @RequestBody NewUnitJson body) {
        if (!viewer.seesAll()) throw new ForbiddenException("commune.error.adminOnly");
        OrgUnit u = orgUnits.createChecked(new NewOrgUnit(
                body.code(),
                body.officialCode(),
                body.name(),
                null,
                null,
                body.level(),
                body.validFrom(),
                body.validTo(),
                body.parentId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(toJson(u, u.getValidFrom()));
    }

    /**
     * Admin: a province's units from one XLSX (multipart {@code file}), all or none → 201 with the created units;
     * 422 listing every broken row «Dòng N: …» (field = the cell, «C7»), nothing saved.
     */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<OrgUnitJson>> importUnits(
            @AuthenticationPrincipal UnitViewer viewer, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        if (!viewer.seesAll()) throw new ForbiddenException("commune.error.adminOnly");
        if (file == null || file.isEmpty()) throw new SpreadsheetRejectedException("dossier.import.noFile");
        reader.checkSize(file.getSize());
        List<OrgUnit> created = unitImport.importSheet(file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(created.stream().map(u -> toJson(u, u.getValidFrom())).toList());
    }

    /** Admin: rename, change level, move under another parent from a date, end the unit. */
    @PutMapping("/{id}")
    OrgUnitJson edit(
            @AuthenticationPrincipal UnitViewer viewer, @PathVariable long id, @RequestBody UnitChanges.UnitEdit body) {
        if (!viewer.seesAll()) throw new ForbiddenException("commune.error.adminOnly");
        return toJson(changes.edit(id, body), LocalDate.now());
    }

    /** Admin: predecessors merged into this unit from a date. */
    @PostMapping("/{id}/mergers")
    OrgUnitJson merge(@AuthenticationPrincipal UnitViewer viewer, @PathVariable long id, @RequestBody MergerJson body) {
        if (!viewer.seesAll()) throw new ForbiddenException("commune.error.adminOnly");
        changes.merge(body.predecessorIds(), id, body.effectiveOn(), body.legalBasis());
        return toJson(orgUnits.get(id), LocalDate.now());
    }

    record MergerJson(List<Long> predecessorIds, LocalDate effectiveOn, String legalBasis) {}

    /** The people who sign for the unit (anyone who may see the unit). */
    @GetMapping("/{id}/officials")
    List<OfficialJson> officials(@AuthenticationPrincipal UnitViewer viewer, @PathVariable long id) {
        requireVisible(viewer, id);
        return officials.of(id).stream().map(OfficialJson::of).toList();
    }

    /** Admin, or the unit's own chairman: records a chairman or vice-chairman with the dates of office. */
    @PostMapping("/{id}/officials")
    ResponseEntity<OfficialJson> addOfficial(
            @AuthenticationPrincipal UnitViewer viewer, @PathVariable long id, @RequestBody NewOfficialJson body) {
        requireVisible(viewer, id);
        if (!viewer.seesAll()) throw new ForbiddenException("commune.error.adminOnly");
        UnitOfficial o = officials.add(id, body.fullName(), body.position(), body.validFrom(), body.validTo());
        return ResponseEntity.status(HttpStatus.CREATED).body(OfficialJson.of(o));
    }

    /** Admin: ends an official's term on {@code validTo} (the last day in office). */
    @PutMapping("/{id}/officials/{officialId}")
    OfficialJson endOfficial(
            @AuthenticationPrincipal UnitViewer viewer,
            @PathVariable long id,
            @PathVariable long officialId,
            @RequestBody EndOfficialJson body) {
        requireVisible(viewer, id);
        if (!viewer.seesAll()) throw new ForbiddenException("commune.error.adminOnly");
        return OfficialJson.of(officials.end(id, officialId, body.validTo()));
    }

    record EndOfficialJson(LocalDate validTo) {}

    private void requireVisible(UnitViewer viewer, long id) {
        if (!orgUnits.canSee(viewer, id)) throw new NotFoundException("error.orgUnit.notFound", id);
    }

    record NewUnitJson(
            String code,
            String name,
            OrgUnitLevel level,
            Long parentId,
            LocalDate validFrom,
            LocalDate validTo,
            String officialCode) {}

    record NewOfficialJson(String fullName, OfficialPosition position, LocalDate validFrom, LocalDate validTo) {}

    record OfficialJson(
            Long id, Long orgUnitId, String fullName, String position, LocalDate validFrom, LocalDate validTo) {
        static OfficialJson of(UnitOfficial o) {
            return new OfficialJson(
                    o.getId(),
                    o.getOrgUnitId(),
                    o.getFullName(),
                    o.getPosition().name(),
                    o.getValidFrom(),
                    o.getValidTo());
        }
    }

    private OrgUnitJson toJson(OrgUnit u, LocalDate today) {
        Long parentId = orgUnits.currentParentId(u.getId(), OrgUnits.lastValidDay(u, today))
                .orElse(null);
        return new OrgUnitJson(
                u.getId(),
                u.getCode(),
                u.getName(),
                u.getLevel().name(),
                parentId,
                u.getValidFrom(),
                u.getValidTo(),
                u.getOfficialCode(),
                u.getLetterheadName(),
                u.getPlaceName());
    }

    record OrgUnitJson(
            Long id,
            String code,
            String name,
            String level,
            Long parentId,
            LocalDate validFrom,
            LocalDate validTo,
            String officialCode,
            String letterheadName,
            String placeName) {}
}
