package vn.cchc.consolidation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.account.CurrentUser;
import vn.cchc.consolidation.Board;
import vn.cchc.consolidation.ConsolidatedTable;
import vn.cchc.consolidation.ConsolidationRow;
import vn.cchc.consolidation.Consolidations;
import vn.cchc.consolidation.Figures;
import vn.cchc.consolidation.internal.TableText;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.period.ReportingPeriod;

/** The consolidated table and board as JSON, the table as XLSX/DOCX/PDF, the signed reports as ZIP. */
@RestController
@RequestMapping("/api/v1/consolidations")
class ConsolidationApiController {

    private final Consolidations consolidations;
    private final TableFiles files;
    private final TableText text;

    ConsolidationApiController(Consolidations consolidations, TableFiles files, TableText text) {
        this.consolidations = consolidations;
        this.files = files;
        this.text = text;
    }

    @GetMapping
    Map<String, Object> table(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long periodId,
            @RequestParam(defaultValue = "false") boolean includeDrafts) {
        return json(load(user, parentId, year, periodId, includeDrafts));
    }

    @GetMapping("/dossier-statistics.{ext:xlsx|docx|pdf}")
    void file(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String ext,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long periodId,
            @RequestParam(defaultValue = "false") boolean includeDrafts,
            HttpServletResponse response)
            throws IOException {
        files.table(load(user, parentId, year, periodId, includeDrafts), ext, response);
    }

    @GetMapping("/signed-reports.zip")
    void signedReports(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long periodId,
            HttpServletResponse response)
            throws IOException {
        OrgUnit office = consolidations.requireOffice(user, parentId);
        ReportingPeriod period = year != null && periodId == null
                ? consolidations.periodFor(office, year)
                : consolidations.periodOrLatest(office, periodId);
        files.signedZip(office, period, response);
    }

    @GetMapping("/board")
    Map<String, Object> board(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long periodId) {
        OrgUnit office = consolidations.requireOffice(user, parentId);
        Long pid = periodId == null && year != null
                ? consolidations.periodFor(office, year).getId()
                : periodId;
        Board b = consolidations.board(user, office.getId(), pid);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("parentId", b.office().getId());
        out.put("periodId", b.period().getId());
        out.put("periodTitle", b.period().getTitle());
        out.put("deadline", b.period().getDeadline());
        out.put(
                "counts",
                Map.of(
                        "units",
                        b.units(),
                        "reported",
                        b.reported(),
                        "signed",
                        b.signed(),
                        "accepted",
                        b.accepted(),
                        "missing",
                        b.missing(),
                        "late",
                        b.late()));
        out.put("units", b.entries());
        return out;
    }

    private ConsolidatedTable load(
            CurrentUser user, Long parentId, Integer year, Long periodId, boolean includeDrafts) {
        if (year != null && periodId == null) return consolidations.tableOfYear(user, parentId, year, includeDrafts);
        return consolidations.table(user, parentId, periodId, includeDrafts);
    }

    Map<String, Object> json(ConsolidatedTable t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("parentId", t.office().getId());
        out.put("parentName", t.office().getName());
        out.put("periodId", t.period().getId());
        out.put("periodTitle", t.period().getTitle());
        out.put("year", t.period().getYear());
        out.put("includeDrafts", t.includeDrafts());
        out.put(
                "source",
                text.msg(
                        t.includeDrafts() ? "consolidation.table.source.drafts" : "consolidation.table.source.signed"));
        out.put(
                "previousPeriodTitle",
                t.previousPeriod() == null ? null : t.previousPeriod().getTitle());
        List<Map<String, Object>> rows =
                t.rows().stream().map(r -> row(r, t.previousPeriod() != null)).toList();
        out.put("rows", rows);
        out.put("total", figures(t.total()));
        out.put("previousTotal", t.previousTotal() == null ? null : figures(t.previousTotal()));
        out.put("comparableTotal", t.comparableTotal() == null ? null : figures(t.comparableTotal()));
        out.put("comparableUnits", t.comparableUnits());
        return out;
    }

    private static Map<String, Object> row(ConsolidationRow r, boolean withPrevious) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orgUnitId", r.orgUnitId());
        m.put("orgUnitName", r.orgUnitName());
        m.put("reportId", r.reportId());
        m.put("status", r.status() == null ? null : r.status().name());
        m.put("counted", r.counted());
        m.putAll(figures(r.figures()));
        if (withPrevious) m.put("previous", r.previous().isEmpty() ? null : figures(r.previous()));
        return m;
    }

    static Map<String, Object> figures(Figures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < Figures.COUNT; i++) m.put(Figures.NAMES.get(i), f.get(i));
        m.put("onlineShare", f.onlineShare());
        m.put("onTimeShare", f.onTimeShare());
        return m;
    }
}
