package vn.cchc.narrative.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.CurrentUser;
import vn.cchc.document.IssuedDocuments;
import vn.cchc.indicator.IndicatorValues;
import vn.cchc.narrative.CopyResult;
import vn.cchc.narrative.Narratives;
import vn.cchc.narrative.StaleSectionsException;
import vn.cchc.report.Report;
import vn.cchc.report.ReportPageModel;
import vn.cchc.report.ReportSection;
import vn.cchc.report.Reports;
import vn.cchc.report.SubmissionChecks;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;

/** The prose of a report: one textarea per section, the token help, and "start from last period's text". */
@Controller
@RequestMapping("/reports/{reportId}/narrative")
class NarrativeController {

    /** The checks' rule for {{…}} tokens that point at nothing (check.internal.NarrativeTokenCheck). */
    private static final String TOKEN_RULE = "NARRATIVE_TOKEN";

    private final Narratives narratives;
    private final ReportPageModel pageModel;
    private final IssuedDocuments documents;
    private final IndicatorValues indicators;
    private final Reports reports;
    private final Messages messages;
    private final SubmissionChecks checks;

    NarrativeController(
            Narratives narratives,
            IssuedDocuments documents,
            IndicatorValues indicators,
            Reports reports,
            MessageSource messages,
            ReportPageModel pageModel,
            SubmissionChecks checks) {
        this.checks = checks;
        this.pageModel = pageModel;
        this.narratives = narratives;
        this.documents = documents;
        this.indicators = indicators;
        this.reports = reports;
        this.messages = new Messages(messages);
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId, Model model) {
        Report report = reports.get(user, reportId);
        model.addAttribute("form", NarrativeForm.of(narratives.sections(user, reportId)));
        return page(user, report, model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @ModelAttribute("form") NarrativeForm form,
            Model model,
            RedirectAttributes redirect) {
        Report report = reports.get(user, reportId);
        try {
            int n = narratives.save(user, reportId, form.toInput());
            redirect.addFlashAttribute("success", messages.text("narrative.saved", n));
            // a broken {{…}} is said now, beside the text just typed, not first at submission
            redirect.addFlashAttribute(
                    "tokenProblems",
                    checks.findings(reportId).stream()
                            .filter(f -> TOKEN_RULE.equals(f.rule()))
                            .toList());
            return "redirect:/reports/" + reportId + "/narrative";
        } catch (ValidationFailedException e) {
            model.addAttribute("error", messages.text("error.validation"));
            model.addAttribute(
                    "errorList",
                    e.violations().stream().map(FieldViolation::message).toList());
        } catch (StaleSectionsException e) {
            model.addAttribute("error", messages.text("error.staleVersion"));
            model.addAttribute(
                    "errorList", List.of(messages.text("narrative.staleList", String.join(", ", e.sectionCodes()))));
            model.addAttribute("staleCodes", e.sectionCodes());
            Map<String, Long> versions = new HashMap<>();
            narratives.sections(user, reportId).forEach(s -> versions.put(s.sectionCode(), s.version()));
            form.getRows().forEach(r -> r.setVersion(versions.get(r.getCode())));
        }
        return page(user, report, model);
    }

    @PostMapping("/copy-previous")
    String copyPrevious(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @RequestParam(defaultValue = "false") boolean overwrite,
            RedirectAttributes redirect) {
        CopyResult r = narratives.copyFromPrevious(user, reportId, overwrite);
        if (r.previousReportId() == null) {
            redirect.addFlashAttribute("warning", messages.text("narrative.copy.none"));
        } else {
            redirect.addFlashAttribute(
                    "success",
                    messages.text(
                            "narrative.copy.done",
                            r.previousPeriodTitle(),
                            r.copied().size()));
            if (!r.keptNonEmpty().isEmpty()) {
                redirect.addFlashAttribute(
                        "warning", messages.text("narrative.copy.kept", String.join(", ", r.keptNonEmpty())));
            }
        }
        return "redirect:/reports/" + reportId + "/narrative";
    }

    private String page(CurrentUser user, Report report, Model model) {
        Map<String, String> headings = new HashMap<>();
        Map<String, Integer> levels = new HashMap<>();
        for (ReportSection s : ReportSection.values()) {
            headings.put(s.code(), messages.textOr(s.headingKey(), s.code()));
            levels.put(s.code(), s.level());
        }
        pageModel.addTo(model, report);
        model.addAttribute("headings", headings);
        model.addAttribute("levels", levels);
        model.addAttribute("documents", documents.forReport(user, report.getId(), null));
        model.addAttribute("indicatorValues", indicators.forReport(report.getId()));
        // the {{count:…}} tokens with what they print now, so nobody types a type code from memory
        var counts = documents.issuedInPeriod(report.getId());
        model.addAttribute("documentCounts", counts);
        model.addAttribute(
                "documentCountTotal",
                counts.values().stream().mapToInt(Integer::intValue).sum());
        model.addAttribute("indicatorFormat", indicators);
        model.addAttribute("previous", narratives.previousReport(user, report).orElse(null));
        return "narrative/edit";
    }
}
