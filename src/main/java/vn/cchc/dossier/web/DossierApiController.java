package vn.cchc.dossier.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.account.CurrentUser;
import vn.cchc.dossier.DossierColumn;
import vn.cchc.dossier.DossierGroupKind;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierRules;
import vn.cchc.dossier.DossierStatistics;
import vn.cchc.dossier.DossierStatisticsService;
import vn.cchc.dossier.LateCause;
import vn.cchc.indicator.Qualifier;
import vn.cchc.procedure.AuthorityLevel;
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
    StatisticsJson put(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody StatisticsJson body) {
        // A missing "rows" is refused, never read as "no rows": it used to delete the whole table.
        if (body == null || body.rows() == null) {
            throw new ValidationFailedException(
                    List.of(new FieldViolation("rows", service.rules().message("dossier.rule.rowsMissing"))));
        }
        List<FieldViolation> errors = new ArrayList<>();
        List<DossierRowView> rows = new ArrayList<>();
        for (int i = 0; i < body.rows().size(); i++) {
            RowJson r = body.rows().get(i) == null ? RowJson.EMPTY : body.rows().get(i);
            rows.add(r.toView(i, errors, service.rules()));
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        return StatisticsJson.of(service.replace(
                user, id, body.version() == null ? 0 : body.version(), rows, Boolean.TRUE.equals(body.clearAll())));
    }

    /** {@code clearAll: true} is read on PUT only: it confirms replacing a non-empty table with no rows. */
    record StatisticsJson(
            Long version,
            List<RowJson> rows,
            List<FieldViolation> warnings,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean clearAll) {
        static StatisticsJson of(DossierStatistics s) {
            return new StatisticsJson(
                    s.version(), s.rows().stream().map(RowJson::of).toList(), s.warnings(), null);
        }
    }

    /** A cause of lateness: {@code reason} SUPPLEMENT, COORDINATION, VERIFICATION, WORKLOAD, SYSTEM or OTHER. */
    record LateCauseJson(String reason, Integer count, String note) {}

    record RowJson(
            String label,
            DossierGroupKind groupKind,
            Integer receivedTotal,
            Integer receivedOnline,
            Integer receivedDirect,
            Integer receivedCarriedOver,
            Integer resolvedTotal,
            Integer resolvedEarly,
            Integer resolvedOnTime,
            Integer resolvedLate,
            Integer pendingTotal,
            Integer pendingOnTime,
            Integer pendingOverdue,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> qualifiers,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer resolvedEarlyAndOnTime,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LateCauseJson> lateCauses,
            @JsonInclude(JsonInclude.Include.NON_NULL) String authorityLevel) {

        static final String COMBINED = "resolvedEarlyAndOnTime";
        static final RowJson EMPTY = new RowJson(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        /** {@code qualifiers}: property → APPROX, ABOUT, OVER, UNDER, AT_LEAST, only for cells that carry one. */
        static RowJson of(DossierRowView v) {
            Map<String, String> q = new LinkedHashMap<>();
            boolean combined = v.earlyOnTimeCombined();
            v.qualifiers()
                    .forEach((c, x) ->
                            q.put(combined && c == DossierColumn.RESOLVED_ON_TIME ? COMBINED : c.property(), x.name()));
            return new RowJson(
                    v.label(),
                    v.groupKind(),
                    v.receivedTotal(),
                    v.receivedOnline(),
                    v.receivedDirect(),
                    v.receivedCarriedOver(),
                    v.resolvedTotal(),
                    v.resolvedEarly(),
                    combined ? null : v.resolvedOnTime(),
                    v.resolvedLate(),
                    v.pendingTotal(),
                    v.pendingOnTime(),
                    v.pendingOverdue(),
                    q,
                    combined ? v.resolvedOnTime() : null,
                    v.lateCauses().stream()
                            .map(c -> new LateCauseJson(c.reason().name(), c.count(), c.note()))
                            .toList(),
                    v.authorityLevel() == null ? null : v.authorityLevel().name());
        }

        /** The row; an unknown column or qualifier name becomes an error on {@code rows[i].qualifiers.<name>}. */
        DossierRowView toView(int index, List<FieldViolation> errors, DossierRules rules) {
            Map<DossierColumn, Qualifier> q = new EnumMap<>(DossierColumn.class);
            if (qualifiers != null)
                qualifiers.forEach((property, name) -> {
                    String p = COMBINED.equals(property) ? DossierColumn.RESOLVED_ON_TIME.property() : property;
                    DossierColumn column = Arrays.stream(DossierColumn.values())
                            .filter(c -> c.property().equals(p))
                            .findFirst()
                            .orElse(null);
                    Qualifier qualifier = Arrays.stream(Qualifier.values())
                            .filter(x -> x.name().equals(name))
                            .findFirst()
                            .orElse(null);
                    if (column == null || qualifier == null) {
                        errors.add(new FieldViolation(
                                "rows[" + index + "].qualifiers." + property,
                                rules.message(
                                        "dossier.rule.qualifierUnknown",
                                        rules.prefix(index + 1, label),
                                        column == null ? property : "(" + column.number() + ") " + rules.name(column),
                                        name)));
                    } else {
                        q.put(column, qualifier);
                    }
                });
            List<LateCause> causes = new ArrayList<>();
            if (lateCauses != null)
                for (int k = 0; k < lateCauses.size(); k++) {
                    LateCauseJson c = lateCauses.get(k);
                    if (c == null) continue;
                    LateCause.Reason reason = Arrays.stream(LateCause.Reason.values())
                            .filter(x -> x.name().equals(c.reason()))
                            .findFirst()
                            .orElse(null);
                    if (reason == null && c.reason() != null) {
                        errors.add(new FieldViolation(
                                "rows[" + index + "].lateCauses[" + k + "].reason",
                                rules.message(
                                        "dossier.rule.lateReasonUnknown", rules.prefix(index + 1, label), c.reason())));
                        continue;
                    }
                    causes.add(new LateCause(reason, c.count(), c.note()));
                }
            boolean combined = resolvedEarlyAndOnTime != null;
            if (combined && (resolvedEarly != null || resolvedOnTime != null)) {
                errors.add(new FieldViolation(
                        "rows[" + index + "]." + COMBINED,
                        rules.message("dossier.rule.combinedWithSplit", rules.prefix(index + 1, label))));
            }
            AuthorityLevel level = null;
            if (authorityLevel != null && !authorityLevel.isBlank()) {
                level = Arrays.stream(AuthorityLevel.values())
                        .filter(x -> x.name().equals(authorityLevel))
                        .findFirst()
                        .orElse(null);
                if (level == null) {
                    errors.add(new FieldViolation(
                            "rows[" + index + "].authorityLevel",
                            rules.message(
                                    "dossier.rule.levelUnknown", rules.prefix(index + 1, label), authorityLevel)));
                }
            }
            return new DossierRowView(
                    label,
                    groupKind,
                    receivedTotal,
                    receivedOnline,
                    receivedDirect,
                    receivedCarriedOver,
                    resolvedTotal,
                    resolvedEarly,
                    combined ? resolvedEarlyAndOnTime : resolvedOnTime,
                    resolvedLate,
                    pendingTotal,
                    pendingOnTime,
                    pendingOverdue,
                    q,
                    combined,
                    causes,
                    level);
        }
    }
}
