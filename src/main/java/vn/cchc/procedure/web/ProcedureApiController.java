package vn.cchc.procedure.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.account.CurrentUser;
import vn.cchc.procedure.AuthorityLevel;
import vn.cchc.procedure.LevelCounts;
import vn.cchc.procedure.ProcedureCatalog;
import vn.cchc.procedure.ProcedureCatalogView;
import vn.cchc.procedure.ProcedureEntryView;

/**
 * GET/PUT /api/v1/reports/{id}/procedure-catalog: counts per authority level (with the version to send back)
 * and the detail entries; PUT changes the counts of the levels it names (422 rules, 409 stale or frozen).
 */
@RestController
@RequestMapping("/api/v1/reports/{id}/procedure-catalog")
class ProcedureApiController {

    private final ProcedureCatalog catalog;

    ProcedureApiController(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    CatalogJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return CatalogJson.of(catalog.get(user, id));
    }

    @PutMapping
    CatalogJson put(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody UpdateJson body) {
        List<LevelCounts> input = body.levels() == null ? List.of() : body.levels().stream()
                .filter(l -> l != null && l.level() != null)
                .map(l -> LevelCounts.input(l.level(), l.fields(), l.procedures(), l.version() == null ? 0 : l.version()))
                .toList();
        return CatalogJson.of(catalog.saveCounts(user, id, input));
    }

    record LevelJson(AuthorityLevel level, Integer fields, Integer procedures, Long version,
                     Integer detailFields, Integer detailProcedures) {
    }

    record UpdateJson(List<LevelJson> levels) {
    }

    record CatalogJson(List<LevelJson> levels, List<ProcedureEntryView> entries) {
        static CatalogJson of(ProcedureCatalogView v) {
            return new CatalogJson(v.levels().stream().map(l -> new LevelJson(l.level(), l.fields(), l.procedures(),
                    l.version(), l.detailFields(), l.detailProcedures())).toList(), v.entries());
        }
    }
}
