package vn.cchc.consolidation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.account.CurrentUser;
import vn.cchc.consolidation.Board;
import vn.cchc.consolidation.BoardEntry;
import vn.cchc.consolidation.ConsolidatedTable;
import vn.cchc.consolidation.ConsolidationRow;
import vn.cchc.consolidation.Consolidations;
import vn.cchc.consolidation.Figures;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.signing.SignatureStates;

/** The receiving office's pages: completeness board, consolidated table with year-on-year and charts, downloads. */
@Controller
class ConsolidationPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Consolidations consolidations;
    private final TableFiles files;
    private final OrgUnits orgUnits;

    ConsolidationPageController(
            Consolidations consolidations, TableFiles files, OrgUnits orgUnits, SignatureStates signatureStates) {
        this.signatureStates = signatureStates;
        this.orgUnits = orgUnits;
        this.consolidations = consolidations;
        this.files = files;
    }

    private final SignatureStates signatureStates;

    @GetMapping("/consolidation")
    String board(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) Long periodId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean late,
            @RequestParam(defaultValue = "unit") String sort,
            Model model) {
        if (user.seesAll() && parentId == null) return choose(model);
        OrgUnit office = consolidations.requireOffice(user, parentId);
        Board board = consolidations.board(user, office.getId(), periodId);
        List<BoardEntry> shown = new ArrayList<>(board.entries().stream()
                .filter(e -> matches(e, status))
                .filter(e -> late == null || e.late() == late)
                .toList());
        shown.sort(comparator(sort));
        model.addAttribute("board", board);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("units", board.units());
        counts.put("reported", board.reported());
        counts.put("signed", board.signed());
        counts.put("accepted", board.accepted());
        counts.put("missing", board.missing());
        counts.put("late", board.late());
        model.addAttribute("counts", counts);
        model.addAttribute(
                "countFilters",
                Map.of(
                        "reported",
                        "status=SENT",
                        "signed",
                        "status=SIGNED",
                        "accepted",
                        "status=ACCEPTED",
                        "missing",
                        "status=NOT_SENT",
                        "late",
                        "late=true",
                        "units",
                        ""));
        model.addAttribute("entries", shown);
        model.addAttribute(
                "signatureStates",
                signatureStates.of(shown.stream().map(BoardEntry::reportId).toList()));
        model.addAttribute("periods", consolidations.periodsOf(office));
        model.addAttribute("statusFilter", status);
        model.addAttribute("lateFilter", late);
        model.addAttribute("sort", sort);
        model.addAttribute(
                "statusKeys",
                List.of("SENT", "NOT_SENT", "MISSING", "DRAFT", "SUBMITTED", "RETURNED", "SIGNED", "ACCEPTED"));
        model.addAttribute("parentParam", user.seesAll() ? office.getId() : null);
        return "consolidation/board";
    }

    /** The administrator first picks the receiving office (a district or a province). */
    private String choose(Model model) {
        model.addAttribute(
                "offices",
                orgUnits.all().stream()
                        .filter(u -> u.getLevel() != OrgUnitLevel.COMMUNE)
                        .toList());
        return "consolidation/choose";
    }

    /** A status name, MISSING (no report), SENT (signed or accepted) or NOT_SENT (everything else); blank = all. */
    static boolean matches(BoardEntry e, String status) {
        if (status == null || status.isBlank()) return true;
        return switch (status) {
            case "SENT" -> e.reported();
            case "NOT_SENT" -> !e.reported();
            default -> e.statusKey().equals(status);
        };
    }

    static Comparator<BoardEntry> comparator(String sort) {
        Comparator<BoardEntry> byUnit =
                Comparator.comparingInt(e -> 0); // entries already come in Vietnamese name order
        return switch (sort) {
            case "status" ->
                Comparator.comparingInt((BoardEntry e) ->
                                e.status() == null ? -1 : e.status().ordinal())
                        .thenComparing(byUnit);
            case "signed" ->
                Comparator.comparing(BoardEntry::signedAt, Comparator.nullsLast(Comparator.naturalOrder()));
            case "findings" ->
                Comparator.comparing(BoardEntry::findings, Comparator.nullsLast(Comparator.reverseOrder()));
            default -> byUnit;
        };
    }

    @GetMapping("/consolidation/table")
    String table(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) Long periodId,
            @RequestParam(defaultValue = "false") boolean includeDrafts,
            Model model) {
        if (user.seesAll() && parentId == null) return choose(model);
        OrgUnit office = consolidations.requireOffice(user, parentId);
        ConsolidatedTable t = consolidations.table(user, office.getId(), periodId, includeDrafts);
        model.addAttribute("t", t);
        model.addAttribute("periods", consolidations.periodsOf(office));
        model.addAttribute("parentParam", user.seesAll() ? office.getId() : null);
        model.addAttribute("chartJson", chartJson(t));
        model.addAttribute("figureNames", Figures.NAMES);
        return "consolidation/table";
    }

    @GetMapping("/consolidation/dossier-statistics.{ext:xlsx|docx|pdf}")
    void file(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String ext,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) Long periodId,
            @RequestParam(defaultValue = "false") boolean includeDrafts,
            HttpServletResponse response)
            throws IOException {
        files.table(consolidations.table(user, parentId, periodId, includeDrafts), ext, response);
    }

    @GetMapping("/consolidation/signed-reports.zip")
    void zip(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) Long periodId,
            HttpServletResponse response)
            throws IOException {
        OrgUnit office = consolidations.requireOffice(user, parentId);
        ReportingPeriod period = consolidations.periodOrLatest(office, periodId);
        files.signedZip(office, period, response);
    }

    /** Data for the charts (read by static/js/consolidation-charts.js from a data-* attribute; CSP allows no inline script). */
    static String chartJson(ConsolidatedTable t) {
        List<String> names = new ArrayList<>();
        List<Double> online = new ArrayList<>();
        List<Double> onTime = new ArrayList<>();
        for (ConsolidationRow r : t.countedRows()) {
            names.add(r.orgUnitName());
            online.add(r.figures().onlineShare());
            onTime.add(r.figures().onTimeShare());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("units", names);
        m.put("onlineShare", online);
        m.put("onTimeShare", onTime);
        m.put("totalOnlineShare", t.total().onlineShare());
        m.put("totalOnTimeShare", t.total().onTimeShare());
        return JSON.writeValueAsString(m);
    }
}
