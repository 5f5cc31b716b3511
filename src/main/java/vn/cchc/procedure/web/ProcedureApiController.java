package vn.cchc.procedure.web;

import java.util.List;
import org.springframework.context.MessageSource;
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
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;

/**
 * GET/PUT /api/v1/reports/{id}/procedure-catalog: counts per authority level (with the version to send back)
 * and the detail entries; PUT changes the counts of the levels it names (422 rules, 409 stale or frozen).
 */
@RestController
@RequestMapping("/api/v1/reports/{id}/procedure-catalog")
class ProcedureApiController {

    private final ProcedureCatalog catalog;
    private final Messages messages;

    ProcedureApiController(ProcedureCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = new Messages(messages);
    }

    @GetMapping
    CatalogJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return CatalogJson.of(catalog.get(user, id));
    }

    @PutMapping
    CatalogJson put(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody UpdateJson body) {
        // A missing collection or a hole in it is refused, never read as "nothing" (issue 11, item 7).
        if (body == null || body.levels() == null) throw missing("api.collectionMissing", "levels");
        for (int i = 0; i < body.levels().size(); i++) {
            if (body.levels().get(i) == null || body.levels().get(i).level() == null) {
                throw new ValidationFailedException(List.of(
                        new FieldViolation("levels[" + i + "].level", messages.text("api.itemMissing", i, "levels"))));
            }
        }
        List<LevelCounts> input = body.levels().stream()
                .map(l ->
                        LevelCounts.input(l.level(), l.fields(), l.procedures(), l.version() == null ? 0 : l.version()))
                .toList();
        return CatalogJson.of(catalog.saveCounts(user, id, input));
    }

    private ValidationFailedException missing(String key, String field) {
        return new ValidationFailedException(List.of(new FieldViolation(field, messages.text(key, field))));
    }

    record LevelJson(
            AuthorityLevel level,
            Integer fields,
            Integer procedures,
            Long version,
            Integer detailFields,
            Integer detailProcedures) {}

    record UpdateJson(List<LevelJson> levels) {}

    record CatalogJson(List<LevelJson> levels, List<ProcedureEntryView> entries) {
        static CatalogJson of(ProcedureCatalogView v) {
            return new CatalogJson(
                    v.levels().stream()
                            .map(l -> new LevelJson(
                                    l.level(),
                                    l.fields(),
                                    l.procedures(),
                                    l.version(),
                                    l.detailFields(),
                                    l.detailProcedures()))
                            .toList(),
                    v.entries());
        }
    }
}
