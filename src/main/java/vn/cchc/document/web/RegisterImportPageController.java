package vn.cchc.document.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.CurrentUser;
import vn.cchc.document.ImportField;
import vn.cchc.document.ImportPreview;
import vn.cchc.document.RegisterExport;
import vn.cchc.document.RegisterImport;
import vn.cchc.document.internal.RegisterFileRejected;
import vn.cchc.document.internal.RegisterStore;
import vn.cchc.report.Report;
import vn.cchc.report.ReportPageModel;
import vn.cchc.report.Reports;
import vn.cchc.shared.Messages;
import vn.cchc.spreadsheet.SheetRow;
import vn.cchc.spreadsheet.XlsxTemplates;

/**
 * The register import in the browser, from a report's documents tab: upload (the file is kept until committed,
 * at most a day), map the columns and preview, commit all or nothing; the template and the register's export.
 * Mapping parameters are {@code map_<FIELD>} = 0-based column, or -1 for "not in the file".
 */
@Controller
@RequestMapping("/reports/{reportId}/documents")
class RegisterImportPageController {

    private final RegisterImport imports;
    private final RegisterExport export;
    private final Reports reports;
    private final ReportPageModel pageModel;
    private final Messages messages;

    RegisterImportPageController(
            RegisterImport imports,
            RegisterExport export,
            Reports reports,
            ReportPageModel pageModel,
            MessageSource messages) {
        this.imports = imports;
        this.export = export;
        this.reports = reports;
        this.pageModel = pageModel;
        this.messages = new Messages(messages);
    }

    @GetMapping("/import")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId, Model model) {
        Report report = reports.get(user, reportId);
        imports.requireWriter(user, report.getOrgUnitId());
        return page(report, null, null, null, model);
    }

    @PostMapping("/import")
    String upload(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @RequestParam(required = false) MultipartFile file,
            Model model)
            throws IOException {
        Report report = reports.get(user, reportId);
        long unitId = report.getOrgUnitId();
        imports.requireWriter(user, unitId);
        try {
            if (file == null || file.isEmpty()) throw new RegisterFileRejected("register.import.file.empty");
            imports.checkSize(file.getSize());
            byte[] content = file.getBytes();
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            UUID id = imports.stage(user, user.getUsername(), unitId, name, content);
            return page(report, id, imports.preview(user, unitId, name, content, Map.of()), null, model);
        } catch (RegisterFileRejected e) {
            return page(report, null, null, text(e), model);
        }
    }

    @PostMapping("/import/{uploadId}/preview")
    String preview(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @PathVariable UUID uploadId,
            @RequestParam Map<String, String> params,
            Model model) {
        Report report = reports.get(user, reportId);
        RegisterStore.Staged staged = imports.staged(user, report.getOrgUnitId(), uploadId);
        try {
            return page(
                    report,
                    uploadId,
                    imports.preview(user, report.getOrgUnitId(), staged.fileName(), staged.content(), mapping(params)),
                    null,
                    model);
        } catch (RegisterFileRejected e) {
            return page(report, null, null, text(e), model);
        }
    }

    @PostMapping("/import/{uploadId}/commit")
    String commit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @PathVariable UUID uploadId,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Report report = reports.get(user, reportId);
        RegisterStore.Staged staged = imports.staged(user, report.getOrgUnitId(), uploadId);
        ImportPreview result;
        try {
            result = imports.commit(user, report.getOrgUnitId(), staged.fileName(), staged.content(), mapping(params));
        } catch (RegisterFileRejected e) {
            return page(report, null, null, text(e), model);
        }
        if (!result.committed()) {
            model.addAttribute("warning", messages.text("register.import.commit.blocked"));
            return page(report, uploadId, result, null, model);
        }
        imports.discard(uploadId);
        redirect.addFlashAttribute(
                "success",
                messages.text(
                        "register.import.done",
                        result.fileName(),
                        result.newCount(),
                        result.changed(),
                        result.unchanged()));
        return "redirect:/reports/" + reportId + "/documents";
    }

    @GetMapping("/import/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId) {
        reports.get(user, reportId);
        return file("mau-so-van-ban.xlsx", export.template());
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId) {
        Report report = reports.get(user, reportId);
        return file("so-van-ban-" + report.getOrgUnitId() + ".xlsx", export.register(user, report.getOrgUnitId()));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private String page(Report report, UUID uploadId, ImportPreview preview, String error, Model model) {
        pageModel.addTo(model, report);
        model.addAttribute("uploadId", uploadId);
        model.addAttribute("preview", preview);
        model.addAttribute("error", error);
        model.addAttribute("fields", ImportField.values());
        if (preview != null) {
            List<String> options = new ArrayList<>();
            for (int i = 0; i < preview.headers().size(); i++) {
                String h = preview.headers().get(i);
                options.add(SheetRow.column(i) + (h.isBlank() ? "" : " — " + h));
            }
            model.addAttribute("columns", options);
            Map<String, Integer> chosen = new HashMap<>();
            for (ImportField f : ImportField.values())
                chosen.put(f.name(), preview.mapping().getOrDefault(f, -1));
            model.addAttribute("chosen", chosen);
        }
        return "documents/import";
    }

    private static Map<ImportField, Integer> mapping(Map<String, String> params) {
        Map<ImportField, Integer> out = new EnumMap<>(ImportField.class);
        for (ImportField f : ImportField.values()) {
            String v = params.get("map_" + f.name());
            if (v == null || v.isBlank()) continue;
            try {
                out.put(f, Integer.parseInt(v.trim()));
            } catch (NumberFormatException ignored) {
                // an edited form: the field is guessed again
            }
        }
        return out;
    }

    private static ResponseEntity<byte[]> file(String name, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XlsxTemplates.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(bytes);
    }

    private String text(RegisterFileRejected e) {
        return messages.text(e);
    }
}
