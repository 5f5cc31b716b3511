package vn.cchc.period.web;

import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.period.ReportKind;
import vn.cchc.period.ReportKinds;
import vn.cchc.rendering.DocxReportRenderer;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;

/**
 * /admin/report-kinds: the kinds with their Word templates; the administrator adds a kind from its outline and
 * uploads a kind's own template.
 */
@Controller
@RequestMapping("/admin/report-kinds")
class AdminReportKindController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ReportKinds kinds;
    private final Messages messages;

    AdminReportKindController(ReportKinds kinds, MessageSource messages) {
        this.kinds = kinds;
        this.messages = new Messages(messages);
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("kindForm")) model.addAttribute("kindForm", new ReportKindForm());
        model.addAttribute("kinds", kinds.all());
        model.addAttribute(
                "required",
                DocxReportRenderer.REQUIRED_PLACEHOLDERS.stream()
                        .map(n -> "${" + n + "}")
                        .toList());
        return "admin/report-kinds";
    }

    /** A new kind from its outline, no code needed; refusals under the fields they name, nothing saved. */
    @PostMapping
    String add(
            @ModelAttribute("kindForm") ReportKindForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            ReportKind k = kinds.add(
                    form.getCode(), form.getName(), form.getSummaryLine(), form.getOutline(), form.getEmptySection());
            redirect.addFlashAttribute("success", messages.text("reportKinds.added", k.getName(), k.getCode()));
            return "redirect:/admin/report-kinds";
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> binding.rejectValue(v.field(), "invalid", v.message()));
            return list(model);
        }
    }

    @PostMapping("/{id}/template")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            ReportKind k = kinds.uploadTemplate(
                    id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            redirect.addFlashAttribute("success", messages.text("reportKinds.uploaded", k.getTemplate(), k.getName()));
            return "redirect:/admin/report-kinds";
        } catch (ValidationFailedException e) {
            model.addAttribute("uploadError", e.violations().get(0).message());
            model.addAttribute("uploadKindId", id);
            return list(model);
        }
    }

    /** The Word template the kind renders with now (the upload, the named one, or the default). */
    @GetMapping("/{id}/template.docx")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        ReportKind k = kinds.get(id);
        byte[] bytes = kinds.uploadedTemplate(id)
                .orElseGet(() -> DocxReportRenderer.readTemplate("templates-docx/" + k.getTemplate()));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"mau-" + k.getCode().toLowerCase() + ".docx\"")
                .contentType(MediaType.parseMediaType(DOCX))
                .body(bytes);
    }
}
