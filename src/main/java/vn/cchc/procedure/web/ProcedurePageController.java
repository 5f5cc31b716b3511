package vn.cchc.procedure.web;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.RecordWriters;
import vn.cchc.procedure.LevelCounts;
import vn.cchc.procedure.ProcedureCatalog;
import vn.cchc.procedure.ProcedureCatalogView;
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

/** /reports/{id}/procedures: counts per authority level, the detail catalogue, its XLSX template and import. */
@Controller
class ProcedurePageController {

    private static final String STALE = "error.staleVersion";

    private final ProcedureCatalog catalog;
    private final ReportPageModel pageModel;
    private final Reports reports;
    private final Messages messages;
    private final VnFormat fmt;
    private final XlsxReader reader;
    private final SheetImport sheetImport;

    ProcedurePageController(
            ProcedureCatalog catalog,
            Reports reports,
            MessageSource messages,
            VnFormat fmt,
            XlsxReader reader,
            ReportPageModel pageModel,
            SheetImport sheetImport) {
        this.sheetImport = sheetImport;
        this.pageModel = pageModel;
        this.catalog = catalog;
        this.reports = reports;
        this.messages = new Messages(messages);
        this.fmt = fmt;
        this.reader = reader;
    }

    @GetMapping("/reports/{id}/procedures")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ProcedureCatalogView view = catalog.get(user, id);
        return page(user, id, view, ProcedureForm.of(view), List.of(), List.of(), model);
    }

    @PostMapping("/reports/{id}/procedures")
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute ProcedureForm form,
            Model model,
            RedirectAttributes redirect) {
        reports.requireEditable(user, id);
        ProcedureForm.Parameters parsed = form.toParameters(messages);
        List<FieldViolation> errors = new ArrayList<>(parsed.errors());
        if (errors.isEmpty()) {
            try {
                catalog.saveCounts(user, id, parsed.counts());
                redirect.addFlashAttribute("success", messages.text("procedure.saved"));
                return "redirect:/reports/" + id + "/procedures";
            } catch (ValidationFailedException e) {
                errors.addAll(e.violations());
            } catch (ConflictException e) {
                if (!STALE.equals(e.messageKey())) throw e;
                errors.add(new FieldViolation("levels", messages.text(STALE)));
            }
        }
        return page(user, id, catalog.get(user, id), form, errors, List.of(), model);
    }

    @PostMapping("/reports/{id}/procedures/import")
    String importFile(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        reports.requireEditable(user, id);
        SheetImport.Outcome<ProcedureCatalogView> outcome =
                sheetImport.run(file, content -> catalog.importSpreadsheet(user, id, content));
        if (outcome.succeeded()) {
            redirect.addFlashAttribute(
                    "success",
                    messages.text(
                            "procedure.imported",
                            String.valueOf(outcome.saved().entries().size())));
            return "redirect:/reports/" + id + "/procedures";
        }
        ProcedureCatalogView view = catalog.get(user, id);
        return page(user, id, view, ProcedureForm.of(view), List.of(), outcome.problems(), model);
    }

    @GetMapping("/reports/{id}/procedures/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        reports.get(user, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"danh-muc-tthc-mau.xlsx\"")
                .contentType(MediaType.parseMediaType(XlsxTemplates.CONTENT_TYPE))
                .body(catalog.template());
    }

    private String page(
            CurrentUser user,
            long id,
            ProcedureCatalogView view,
            ProcedureForm form,
            List<FieldViolation> errors,
            List<String> importErrors,
            Model model) {
        Report report = reports.get(user, id);
        pageModel.addTo(model, report);
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        Map<String, String> cellErrors = new LinkedHashMap<>();
        for (FieldViolation v : errors) cellErrors.merge(v.field(), v.message(), (a, b) -> a + " " + b);
        model.addAttribute("cellErrors", cellErrors);
        if (!importErrors.isEmpty() || !model.containsAttribute("importErrors"))
            model.addAttribute("importErrors", importErrors);
        model.addAttribute("editable", report.isEditable() && RecordWriters.mayChange(user, report.getOrgUnitId()));
        model.addAttribute("maxMegabytes", fmt.number(reader.maxBytes() / (1024.0 * 1024.0)));
        int fields = 0;
        int procedures = 0;
        for (LevelCounts c : view.levels()) {
            fields += c.fields() == null ? 0 : c.fields();
            procedures += c.procedures() == null ? 0 : c.procedures();
        }
        model.addAttribute("totalFields", fields);
        model.addAttribute("totalProcedures", procedures);
        return "procedure/edit";
    }
}
