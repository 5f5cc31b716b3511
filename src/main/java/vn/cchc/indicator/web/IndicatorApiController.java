package vn.cchc.indicator.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.account.CurrentUser;
import vn.cchc.indicator.Indicator;
import vn.cchc.indicator.IndicatorCatalogue;
import vn.cchc.indicator.IndicatorEntry;
import vn.cchc.indicator.IndicatorInput;
import vn.cchc.indicator.IndicatorRelations;
import vn.cchc.indicator.IndicatorValueView;
import vn.cchc.indicator.IndicatorValues;
import vn.cchc.indicator.ValueInput;
import vn.cchc.report.Reports;

/**
 * GET/POST /api/v1/indicators and GET/PUT /api/v1/reports/{id}/indicator-values: the same services, rules and
 * Vietnamese 422 messages as the pages. Values travel as the page shows them ("2.579", "4,42 tỷ", "10/12/2023").
 */
@RestController
class IndicatorApiController {

    private final IndicatorCatalogue catalogue;
    private final IndicatorRelations relations;
    private final IndicatorValues values;
    private final Reports reports;

    IndicatorApiController(
            IndicatorCatalogue catalogue, IndicatorRelations relations, IndicatorValues values, Reports reports) {
        this.catalogue = catalogue;
        this.relations = relations;
        this.values = values;
        this.reports = reports;
    }

    @GetMapping("/api/v1/indicators")
    List<IndicatorJson> list(@AuthenticationPrincipal CurrentUser user) {
        return catalogue.visibleTo(user).stream().map(this::json).toList();
    }

    @PostMapping("/api/v1/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    IndicatorJson create(@AuthenticationPrincipal CurrentUser user, @RequestBody IndicatorJson body) {
        return json(catalogue.createFor(user, body.toInput()));
    }

    @GetMapping("/api/v1/reports/{id}/indicator-values")
    ValuesJson values(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return state(user, id);
    }

    @PutMapping("/api/v1/reports/{id}/indicator-values")
    ValuesJson save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ValuesJson body) {
        List<ValueInput> rows = body.values() == null
                ? List.of()
                : body.values().stream()
                        .filter(v -> v != null && v.code() != null)
                        .map(v -> new ValueInput(v.code(), v.value(), v.qualifier(), v.note(), v.version()))
                        .toList();
        values.saveAll(user, id, rows);
        return state(user, id);
    }

    private ValuesJson state(CurrentUser user, long id) {
        reports.get(user, id);
        Map<String, IndicatorValueView> printed =
                values.forReport(id).stream().collect(Collectors.toMap(IndicatorValueView::code, Function.identity()));
        List<ValueJson> out = values.entries(user, id).stream()
                .filter(e -> printed.containsKey(e.code()))
                .map(e -> ValueJson.of(e, printed.get(e.code())))
                .toList();
        return new ValuesJson(out);
    }

    private IndicatorJson json(Indicator i) {
        var ratio = relations.ratioOf(i.getCode());
        return new IndicatorJson(
                i.getId(),
                i.getCode(),
                i.getLabel(),
                i.getUnitOfMeasure(),
                i.getSectionCode(),
                i.getKind().name(),
                i.getPosition(),
                i.isActive(),
                i.getMoneyScale() == null ? null : i.getMoneyScale().name(),
                i.getOutOf() == null ? null : i.getOutOf().stripTrailingZeros().toPlainString(),
                relations.partsOf(i.getCode()),
                ratio.map(IndicatorRelations.Ratio::numerator).orElse(null),
                ratio.map(IndicatorRelations.Ratio::denominator).orElse(null),
                i.getOwnerUnitId(),
                i.getYearFrom(),
                i.getYearTo(),
                i.getVersion());
    }

    record IndicatorJson(
            Long id,
            String code,
            String label,
            String unitOfMeasure,
            String sectionCode,
            String kind,
            Integer position,
            Boolean active,
            String moneyScale,
            String outOf,
            List<String> parts,
            String numerator,
            String denominator,
            Long ownerUnitId,
            Integer yearFrom,
            Integer yearTo,
            Long version) {
        IndicatorInput toInput() {
            return new IndicatorInput(
                    code,
                    label,
                    unitOfMeasure,
                    sectionCode,
                    kind,
                    position,
                    active == null || active,
                    moneyScale,
                    outOf,
                    parts,
                    numerator,
                    denominator,
                    ownerUnitId,
                    yearFrom,
                    yearTo);
        }
    }

    record ValuesJson(List<ValueJson> values) {}

    /** {@code value} as typed on the page; {@code printed} as the report prints it (read-only). */
    record ValueJson(
            String code,
            String label,
            String kind,
            String value,
            String qualifier,
            String note,
            Long version,
            String printed) {
        static ValueJson of(IndicatorEntry e, IndicatorValueView v) {
            return new ValueJson(
                    e.code(), e.label(), e.kind(), e.value(), e.qualifier(), e.note(), e.version(), v.printed());
        }
    }
}
