package vn.cchc.document.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.CurrentUser;
import vn.cchc.document.DocType;
import vn.cchc.document.DocumentInput;
import vn.cchc.document.DocumentPage;
import vn.cchc.document.DocumentView;
import vn.cchc.document.IssuedDocuments;
import vn.cchc.document.IssuerKind;
import vn.cchc.document.StaleDocumentException;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.report.Report;
import vn.cchc.report.ReportPageModel;
import vn.cchc.report.ReportSection;
import vn.cchc.report.Reports;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

/** The documents of a report, the unit's register, and the document form with its audit trail. */
@Controller
@RequestMapping("/reports/{reportId}/documents")
class DocumentPageController {

    private final IssuedDocuments documents;
    private final ReportPageModel pageModel;
    private final Reports reports;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;
    private final Messages messages;

    DocumentPageController(
            IssuedDocuments documents,
            Reports reports,
            OrgUnits orgUnits,
            AuditTrail audit,
            MessageSource messages,
            ReportPageModel pageModel) {
        this.pageModel = pageModel;
        this.documents = documents;
        this.reports = reports;
        this.orgUnits = orgUnits;
        this.audit = audit;
        this.messages = new Messages(messages);
    }

    /** Rows per page of each list: a year imported from the e-office system holds thousands of documents. */
    static final int PAGE_SIZE = 100;

    @GetMapping
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "1") int otherPage,
            Model model) {
        Report report = reports.get(user, reportId);
        DocumentPage inReport = DocumentPage.of(documents.forReport(user, reportId, q), page, PAGE_SIZE);
        DocumentPage others = documents.othersPage(user, reportId, q, otherPage, PAGE_SIZE);
        pageModel.addTo(model, report);
        model.addAttribute("q", q);
        model.addAttribute("documents", inReport.items());
        model.addAttribute("documentPage", inReport);
        model.addAttribute("others", others.items());
        model.addAttribute("otherPage", others);
        model.addAttribute("attached", documents.attachedIds(reportId));
        model.addAttribute("typeCounts", documents.typeCounts(reportId));
        model.addAttribute("docTypes", DocType.values());
        return "documents/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId, Model model) {
        Report report = reports.get(user, reportId);
        DocumentForm form = new DocumentForm();
        form.setIssuerName("UBND " + orgUnits.get(report.getOrgUnitId()).getName());
        model.addAttribute("form", form);
        return formPage(report, null, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @ModelAttribute("form") DocumentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Report report = reports.get(user, reportId);
        if (!validate(form, binding)) return formPage(report, null, model);
        try {
            DocumentView d =
                    documents.create(user, report.getOrgUnitId(), form.toInput(), form.isAttach() ? reportId : null);
            redirect.addFlashAttribute("success", messages.text("document.saved", d.numberSymbol()));
        } catch (ValidationFailedException e) {
            bind(e.violations(), binding);
            return formPage(report, null, model);
        }
        return "redirect:/reports/" + reportId + "/documents";
    }

    @GetMapping("/{documentId}")
    String edit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @PathVariable long documentId,
            Model model) {
        Report report = reports.get(user, reportId);
        DocumentView d = ofReportUnit(user, report, documentId);
        model.addAttribute("form", DocumentForm.of(d));
        return formPage(report, d, model);
    }

    @PostMapping("/{documentId}")
    String update(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @PathVariable long documentId,
            @ModelAttribute("form") DocumentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Report report = reports.get(user, reportId);
        DocumentView current = ofReportUnit(user, report, documentId);
        if (!validate(form, binding)) return formPage(report, current, model);
        try {
            DocumentView d = documents.update(
                    user, documentId, form.toInput(), form.getVersion() == null ? -1 : form.getVersion());
            redirect.addFlashAttribute("success", messages.text("document.saved", d.numberSymbol()));
        } catch (ValidationFailedException e) {
            bind(e.violations(), binding);
            return formPage(report, current, model);
        } catch (StaleDocumentException e) {
            stale(e.current(), form, binding, model);
            return formPage(report, e.current(), model);
        }
        return "redirect:/reports/" + reportId + "/documents";
    }

    @PostMapping("/{documentId}/delete")
    String delete(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @PathVariable long documentId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        Report report = reports.get(user, reportId);
        DocumentView d = ofReportUnit(user, report, documentId);
        documents.delete(user, documentId, version);
        redirect.addFlashAttribute("success", messages.text("document.deleted", d.numberSymbol()));
        return "redirect:/reports/" + reportId + "/documents";
    }

    @PostMapping("/{documentId}/attach")
    String attach(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @PathVariable long documentId,
            RedirectAttributes redirect) {
        documents.attach(user, reportId, documentId);
        redirect.addFlashAttribute("success", messages.text("document.attached"));
        return "redirect:/reports/" + reportId + "/documents";
    }

    @PostMapping("/{documentId}/detach")
    String detach(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @PathVariable long documentId,
            RedirectAttributes redirect) {
        documents.detach(user, reportId, documentId);
        redirect.addFlashAttribute("success", messages.text("document.detached"));
        return "redirect:/reports/" + reportId + "/documents";
    }

    @PostMapping("/counts")
    String counts(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<FieldViolation> errors = new ArrayList<>();
        for (DocType t : DocType.values()) {
            String raw = params.get("count_" + t.name());
            if (raw == null || raw.isBlank()) continue;
            try {
                counts.put(t.name(), Integer.parseInt(raw.trim()));
            } catch (NumberFormatException e) {
                errors.add(new FieldViolation(
                        t.name(), messages.text("document.count.invalid", documents.typeLabel(t.name()))));
            }
        }
        try {
            if (!errors.isEmpty()) throw new ValidationFailedException(errors);
            documents.saveTypeCounts(user, reportId, counts);
            redirect.addFlashAttribute("success", messages.text("document.counts.saved"));
        } catch (ValidationFailedException e) {
            redirect.addFlashAttribute(
                    "warning",
                    String.join(
                            " ",
                            e.violations().stream().map(FieldViolation::message).toList()));
        }
        return "redirect:/reports/" + reportId + "/documents";
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private boolean validate(DocumentForm form, BindingResult binding) {
        DocumentInput in = form.toInput();
        List<FieldViolation> errors = new ArrayList<>(documents.validate(in));
        if (!form.dateValid()) errors.add(new FieldViolation("issuedOn", messages.text("document.issuedOn.invalid")));
        bind(errors, binding);
        return errors.isEmpty();
    }

    private static void bind(List<FieldViolation> errors, BindingResult binding) {
        for (FieldViolation v : errors) {
            String field = v.field().startsWith("sections") ? "sections" : v.field();
            binding.rejectValue(field, "invalid", v.message());
        }
    }

    /** Keeps the user's input, says the record changed meanwhile and which stored values differ from it. */
    private void stale(DocumentView current, DocumentForm form, BindingResult binding, Model model) {
        binding.reject("stale", messages.text("error.staleVersion"));
        DocumentInput mine = form.toInput();
        List<String> diffs = new ArrayList<>();
        diff(diffs, "document.field.issuerKind", mine.issuerKind(), current.issuerKind());
        diff(diffs, "document.field.issuerName", mine.issuerName(), current.issuerName());
        diff(diffs, "document.field.docType", mine.docType(), current.docType());
        diff(diffs, "document.field.numberSymbol", mine.numberSymbol(), current.numberSymbol());
        diff(
                diffs,
                "document.field.issuedOn",
                mine.issuedOn() == null ? null : DocumentForm.DATE.format(mine.issuedOn()),
                current.issuedOn() == null ? null : DocumentForm.DATE.format(current.issuedOn()));
        diff(diffs, "document.field.summary", blankToNull(mine.summary()), current.summary());
        diff(
                diffs,
                "document.field.legalBasis",
                String.valueOf(mine.legalBasis()),
                String.valueOf(current.legalBasis()));
        diff(
                diffs,
                "document.field.sections",
                String.join(", ", new TreeSet<>(mine.sections())),
                String.join(", ", new TreeSet<>(current.sections())));
        model.addAttribute("staleDiffs", diffs);
        form.setVersion(current.version()); // a deliberate second save applies the user's input over the new version
    }

    private void diff(List<String> out, String labelKey, String mine, String stored) {
        if (!Objects.equals(blankToNull(mine), blankToNull(stored))) {
            out.add(messages.text("document.stale.diff", messages.text(labelKey), stored == null ? "—" : stored));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private DocumentView ofReportUnit(CurrentUser user, Report report, long documentId) {
        DocumentView d = documents.get(user, documentId);
        if (!d.orgUnitId().equals(report.getOrgUnitId())) throw new NotFoundException("document.notFound", documentId);
        return d;
    }

    private String formPage(Report report, DocumentView existing, Model model) {
        pageModel.addTo(model, report);
        model.addAttribute("document", existing);
        model.addAttribute("docTypes", DocType.values());
        model.addAttribute("issuerKinds", IssuerKind.values());
        model.addAttribute("sectionList", ReportSection.values());
        model.addAttribute(
                "history", existing == null ? List.of() : audit.forEntity(IssuedDocuments.ENTITY, existing.id()));
        return "documents/form";
    }
}
