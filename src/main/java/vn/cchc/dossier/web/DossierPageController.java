package vn.cchc.dossier.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.CurrentUser;
import vn.cchc.dossier.DossierCells;
import vn.cchc.dossier.DossierColumn;
import vn.cchc.dossier.DossierLevels;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierStatistics;
import vn.cchc.dossier.DossierStatisticsService;
import vn.cchc.dossier.LateCause;
import vn.cchc.orgunit.RecordWriters;
import vn.cchc.procedure.AuthorityLevel;
import vn.cchc.report.Report;
import vn.cchc.report.ReportPageModel;
import vn.cchc.report.Reports;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.shared.VnFormat;
import vn.cchc.spreadsheet.SheetImport;
import vn.cchc.spreadsheet.XlsxReader;
import vn.cchc.spreadsheet.XlsxTemplates;

/** /reports/{id}/dossier: the Biểu 06 table, editable while the report is a draft; XLSX template and import. */
@Controller
class DossierPageController {

    private static final String STALE = "error.staleVersion";

    private final DossierStatisticsService service;
    private final ReportPageModel pageModel;
    private final Reports reports;
    private final Messages messages;
    private final VnFormat fmt;
    private final XlsxReader reader;
    private final SheetImport sheetImport;

    DossierPageController(
            DossierStatisticsService service,
            Reports reports,
            MessageSource messages,
            VnFormat fmt,
            XlsxReader reader,
            ReportPageModel pageModel,
            SheetImport sheetImport) {
        this.sheetImport = sheetImport;
        this.pageModel = pageModel;
        this.service = service;
        this.reports = reports;
        this.messages = new Messages(messages);
        this.fmt = fmt;
        this.reader = reader;
    }

    /** Imports may bring thousands of rows; the form must bind them all (Spring stops at 256 by default). */
    @InitBinder("form")
    void allowManyRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(reader.maxRows() + 1);
    }

    @GetMapping("/reports/{id}/dossier")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        DossierStatistics s = service.get(user, id);
        return page(user, id, DossierForm.of(s.version(), s.rows(), fmt), s.warnings(), List.of(), model);
    }

    @PostMapping("/reports/{id}/dossier")
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("form") DossierForm form,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(defaultValue = "false") boolean clearAll,
            Model model,
            RedirectAttributes redirect) {
        reports.requireEditable(user, id);
        if (action.equals("add")) {
            form.getRows().add(new DossierForm.RowForm());
            return page(user, id, form, List.of(), List.of(), model);
        }
        if (action.startsWith("remove:")) {
            int index;
            try {
                index = Integer.parseInt(action.substring("remove:".length()));
            } catch (NumberFormatException e) {
                index = -1; // a tampered button value removes nothing
            }
            if (index >= 0 && index < form.getRows().size()) form.getRows().remove(index);
            return page(user, id, form, List.of(), List.of(), model);
        }
        DossierForm.Parameters parsed = form.toParameters(service.rules());
        List<FieldViolation> errors = new ArrayList<>(parsed.errors());
        List<DossierRowView> rows = parsed.rows();
        if (!errors.isEmpty()) errors.addAll(service.validate(rows)); // rules on what could be read
        if (errors.isEmpty()) {
            try {
                DossierStatistics saved = service.replace(user, id, form.getVersion(), rows, clearAll);
                redirect.addFlashAttribute("success", messages.text("dossier.saved", String.valueOf(saved.version())));
                return "redirect:/reports/" + id + "/dossier";
            } catch (ValidationFailedException e) {
                errors.addAll(e.violations());
            } catch (ConflictException e) {
                if (!STALE.equals(e.messageKey())) throw e;
                errors.add(new FieldViolation("version", messages.text(STALE)));
            }
        }
        return page(user, id, form, List.of(), errors, model);
    }

    @PostMapping("/reports/{id}/dossier/import")
    String importFile(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "0") long version,
            Model model,
            RedirectAttributes redirect) {
        reports.requireEditable(user, id);
        SheetImport.Outcome<DossierStatistics> outcome =
                sheetImport.run(file, content -> service.importSpreadsheet(user, id, version, content));
        if (outcome.succeeded()) {
            redirect.addFlashAttribute(
                    "success",
                    messages.text(
                            "dossier.imported",
                            String.valueOf(outcome.saved().rows().size()),
                            String.valueOf(outcome.saved().version())));
            return "redirect:/reports/" + id + "/dossier";
        }
        DossierStatistics s = service.get(user, id);
        model.addAttribute("importErrors", outcome.problems());
        return page(user, id, DossierForm.of(s.version(), s.rows(), fmt), s.warnings(), List.of(), model);
    }

    @GetMapping("/reports/{id}/dossier/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        reports.get(user, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bieu-06-mau.xlsx\"")
                .contentType(MediaType.parseMediaType(XlsxTemplates.CONTENT_TYPE))
                .body(service.template());
    }

    private String page(
            CurrentUser user,
            long id,
            DossierForm form,
            List<FieldViolation> warnings,
            List<FieldViolation> errors,
            Model model) {
        Report report = reports.get(user, id);
        pageModel.addTo(model, report);
        form.dropBlankCauses(); // the page adds its own one blank line per row
        model.addAttribute("form", form);
        model.addAttribute("columns", DossierColumn.values());
        model.addAttribute("lateReasons", LateCause.Reason.values());
        model.addAttribute("levels", AuthorityLevel.values());
        model.addAttribute("levelLines", levelLines(form));
        model.addAttribute("warnings", warnings);
        model.addAttribute("errors", errors);
        Map<String, String> cellErrors = new LinkedHashMap<>();
        for (FieldViolation v : errors) cellErrors.merge(v.field(), v.message(), (a, b) -> a + " " + b);
        for (FieldViolation v : warnings) cellErrors.putIfAbsent("warn:" + v.field(), v.message());
        model.addAttribute("cellErrors", cellErrors);
        model.addAttribute("rates", rates(form));
        model.addAttribute("editable", report.isEditable() && RecordWriters.mayChange(user, report.getOrgUnitId()));
        model.addAttribute("maxMegabytes", fmt.number(reader.maxBytes() / (1024.0 * 1024.0)));
        if (!model.containsAttribute("importErrors")) model.addAttribute("importErrors", List.of());
        return "dossier/edit";
    }

    /** The computed «Tổng số» and sub-total lines of a table grouped by level, each as number, label, 11 cells. */
    private List<List<String>> levelLines(DossierForm form) {
        List<DossierRowView> rows = form.toParameters(service.rules()).rows();
        List<List<String>> out = new ArrayList<>();
        for (DossierLevels.Line line : DossierLevels.lines(rows)) {
            if (line.kind() == DossierLevels.LineKind.ROW) continue;
            List<String> cells =
                    new ArrayList<>(List.of(line.number(), line.row().label()));
            for (DossierColumn c : DossierColumn.values()) {
                boolean hidden = line.row().earlyOnTimeCombined() && c == DossierColumn.RESOLVED_EARLY;
                cells.add(hidden ? "" : DossierCells.printed(line.row(), c));
            }
            out.add(cells);
        }
        return out;
    }

    /** Online share (4)/(3) and on-time share ((8)+(9))/(7) per row, from what can be read. */
    private List<String[]> rates(DossierForm form) {
        List<String[]> rates = new ArrayList<>();
        for (DossierForm.RowForm r : form.getRows()) {
            Integer total = DossierCells.parse(r.value(0)).value();
            Integer online = DossierCells.parse(r.value(1)).value();
            Integer resolved = DossierCells.parse(r.value(4)).value();
            Integer early = DossierCells.parse(r.value(5)).value();
            Integer onTime = DossierCells.parse(r.value(6)).value();
            if (r.isCombined() && early == null) early = 0; // (9) holds «trước hạn và đúng hạn»
            String onTimeShare = early == null || onTime == null ? "" : fmt.ratio((long) early + onTime, resolved);
            rates.add(new String[] {fmt.ratio(online, total), onTimeShare});
        }
        return rates;
    }
}
