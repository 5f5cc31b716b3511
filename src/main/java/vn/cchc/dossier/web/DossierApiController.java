package vn.cchc.dossier.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.account.CurrentUser;
import vn.cchc.dossier.DossierGroupKind;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierStatistics;
import vn.cchc.dossier.DossierStatisticsService;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ValidationFailedException;

/** GET/PUT /api/v1/reports/{id}/dossier-statistics (docs/api.md). */
@RestController
@RequestMapping("/api/v1/reports/{id}/dossier-statistics")
class DossierApiController {

    private final DossierStatisticsService service;

    DossierApiController(DossierStatisticsService service) {
        this.service = service;
    }

    @GetMapping
    StatisticsJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return StatisticsJson.of(service.get(user, id));
    }

    @PutMapping
    StatisticsJson put(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody StatisticsJson body) {
        // A missing "rows" is refused, never read as "no rows": it used to delete the whole table.
        if (body == null || body.rows() == null) {
            throw new ValidationFailedException(List.of(new FieldViolation("rows", service.rules().message("dossier.rule.rowsMissing"))));
        }
        List<DossierRowView> rows = body.rows().stream().map(r -> r == null ? RowJson.EMPTY.toView() : r.toView()).toList();
        return StatisticsJson.of(service.replace(user, id, body.version() == null ? 0 : body.version(), rows,
                Boolean.TRUE.equals(body.clearAll())));
    }

    /** {@code clearAll: true} is read on PUT only: it confirms replacing a non-empty table with no rows. */
    record StatisticsJson(Long version, List<RowJson> rows, List<FieldViolation> warnings,
                          @JsonInclude(JsonInclude.Include.NON_NULL)
                          Boolean clearAll) {
        static StatisticsJson of(DossierStatistics s) {
            return new StatisticsJson(s.version(), s.rows().stream().map(RowJson::of).toList(), s.warnings(), null);
        }
    }

    record RowJson(String label, DossierGroupKind groupKind,
                   Integer receivedTotal, Integer receivedOnline, Integer receivedDirect, Integer receivedCarriedOver,
                   Integer resolvedTotal, Integer resolvedEarly, Integer resolvedOnTime, Integer resolvedLate,
                   Integer pendingTotal, Integer pendingOnTime, Integer pendingOverdue) {

        static final RowJson EMPTY = new RowJson(null, null, null, null, null, null, null, null, null, null, null, null, null);

        static RowJson of(DossierRowView v) {
            return new RowJson(v.label(), v.groupKind(), v.receivedTotal(), v.receivedOnline(), v.receivedDirect(),
                    v.receivedCarriedOver(), v.resolvedTotal(), v.resolvedEarly(), v.resolvedOnTime(), v.resolvedLate(),
                    v.pendingTotal(), v.pendingOnTime(), v.pendingOverdue());
        }

        DossierRowView toView() {
            return new DossierRowView(label, groupKind, receivedTotal, receivedOnline, receivedDirect, receivedCarriedOver,
                    resolvedTotal, resolvedEarly, resolvedOnTime, resolvedLate, pendingTotal, pendingOnTime, pendingOverdue);
        }
    }
}
