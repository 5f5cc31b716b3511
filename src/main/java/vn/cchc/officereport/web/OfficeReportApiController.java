package vn.cchc.officereport.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.account.CurrentUser;
import vn.cchc.consolidation.Figures;
import vn.cchc.consolidation.UnitReport;
import vn.cchc.officereport.Compilation;
import vn.cchc.officereport.OfficeReports;
import vn.cchc.officereport.UnitText;

/**
 * The office's compiled figures for a period (what its own report prints) and its units' texts of a section.
 * The compilation: the office itself (REVIEWER) or an administrator naming it, 403 for anyone else; the texts:
 * only for the office's own report, 404 otherwise.
 */
@RestController
class OfficeReportApiController {

    private final OfficeReports officeReports;

    OfficeReportApiController(OfficeReports officeReports) {
        this.officeReports = officeReports;
    }

    @GetMapping("/api/v1/office-reports/compilation")
    Map<String, Object> compilation(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) Long periodId,
            @RequestParam(defaultValue = "false") boolean includeDrafts) {
        Compilation c = officeReports.compile(user, parentId, periodId, includeDrafts);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("parentId", c.office().getId());
        out.put("officeName", c.office().getName());
        out.put("periodId", c.period().getId());
        out.put("periodTitle", c.period().getTitle());
        out.put(
                "previousPeriodTitle",
                c.previousPeriod() == null ? null : c.previousPeriod().getTitle());
        out.put("includeDrafts", c.includeDrafts());
        out.put("asOf", c.asOf());
        out.put("countedUnits", names(c.counted()));
        out.put("missingUnits", names(c.missing()));
        out.put("lateUnits", names(c.late()));
        out.put("figures", c.figures());
        out.put("yearOnYear", c.yearOnYear());
        Map<String, Object> dossier = new LinkedHashMap<>();
        dossier.put(
                "rows",
                c.dossier().countedRows().stream()
                        .map(r -> Map.of(
                                "orgUnitId",
                                r.orgUnitId(),
                                "orgUnitName",
                                r.orgUnitName(),
                                "figures",
                                figures(r.figures())))
                        .toList());
        dossier.put("total", figures(c.dossier().total()));
        out.put("dossier", dossier);
        return out;
    }

    @GetMapping("/api/v1/reports/{id}/unit-texts")
    List<UnitText> unitTexts(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String section) {
        return officeReports.unitTexts(user, id, section);
    }

    private static List<Map<String, Object>> names(List<UnitReport> units) {
        return units.stream()
                .map(u -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("orgUnitId", u.orgUnitId());
                    m.put("orgUnitName", u.orgUnitName());
                    m.put("reportId", u.reportId());
                    m.put("status", u.status() == null ? null : u.status().name());
                    m.put("late", u.late());
                    return m;
                })
                .toList();
    }

    private static Map<String, Long> figures(Figures f) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < Figures.COUNT; i++) m.put(Figures.NAMES.get(i), f.get(i));
        return m;
    }
}
