package vn.cchc.check.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.CurrentUser;
import vn.cchc.account.Role;
import vn.cchc.check.Finding;
import vn.cchc.check.FindingExplanations;
import vn.cchc.check.ReportChecks;
import vn.cchc.check.Severity;
import vn.cchc.report.Report;
import vn.cchc.report.ReportPageModel;
import vn.cchc.report.Reports;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;

/** The report's "Kiểm tra" tab: runs the checks on every visit (the button re-loads it) and lists the findings. */
@Controller
class CheckPageController {

    /** The form field a document finding is about: «Mở bản ghi» opens the document at that field. */
    private static final Map<String, String> FIELDS = Map.of(
            "DUPLICATE_NUMBER",
            "numberSymbol",
            "SYMBOL_FORMAT",
            "numberSymbol",
            "DOCUMENT_AFTER_REPORT",
            "issuedOn",
            "DOCUMENT_OUTSIDE_PERIOD",
            "issuedOn",
            "WEEKEND_DATE",
            "issuedOn");

    private final Reports reports;
    private final ReportPageModel pageModel;
    private final ReportChecks checks;
    private final FindingExplanations explanations;
    private final Messages messages;

    CheckPageController(
            Reports reports,
            ReportChecks checks,
            ReportPageModel pageModel,
            FindingExplanations explanations,
            MessageSource messages) {
        this.pageModel = pageModel;
        this.explanations = explanations;
        this.messages = new Messages(messages);
        this.reports = reports;
        this.checks = checks;
    }

    @GetMapping("/reports/{id}/checks")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Report report = reports.get(user, id);
        List<Finding> findings = checks.run(id);
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            groups.put(
                    s.name(), findings.stream().filter(f -> f.severity() == s).toList());
        }
        pageModel.addTo(model, report);
        model.addAttribute("findings", findings);
        model.addAttribute("groups", groups);
        model.addAttribute("severities", Severity.values());
        model.addAttribute("ranAt", Instant.now());
        model.addAttribute("fields", FIELDS);
        Map<String, FindingExplanations.Explanation> explained = explanations.forReport(id);
        Map<Finding, FindingExplanations.Explanation> byFinding = new HashMap<>();
        for (Finding f : findings) {
            FindingExplanations.Explanation x = explained.get(FindingExplanations.key(f.rule(), f.message()));
            if (x != null) byFinding.put(f, x);
        }
        model.addAttribute("explanations", byFinding);
        model.addAttribute(
                "mayExplain",
                report.isEditable()
                        && user.role() == Role.CLERK
                        && report.getOrgUnitId().equals(user.unitId()));
        return "checks/show";
    }

    /** Giải trình of one finding (rule + message identify it); back to the checks, re-run. */
    @PostMapping("/reports/{id}/checks/explanations")
    String explain(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam String rule,
            @RequestParam String message,
            @RequestParam(required = false) String explanation,
            @RequestParam(required = false) String remove,
            RedirectAttributes redirect) {
        try {
            if (remove != null) {
                explanations.remove(user, id, rule, message);
                redirect.addFlashAttribute("success", messages.text("checks.explain.removed"));
            } else {
                explanations.explain(user, id, rule, message, explanation);
                redirect.addFlashAttribute("success", messages.text("checks.explain.saved"));
            }
        } catch (ValidationFailedException e) {
            redirect.addFlashAttribute("error", e.violations().get(0).message());
        }
        return "redirect:/reports/" + id + "/checks";
    }
}
