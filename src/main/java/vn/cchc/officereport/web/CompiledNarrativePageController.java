package vn.cchc.officereport.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.CurrentUser;
import vn.cchc.narrative.Narratives;
import vn.cchc.narrative.SectionText;
import vn.cchc.narrative.StaleSectionsException;
import vn.cchc.officereport.Compilation;
import vn.cchc.officereport.OfficeReports;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Report;
import vn.cchc.report.ReportPageModel;
import vn.cchc.report.ReportSection;
import vn.cchc.report.Reports;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;

/**
 * The office writes one section of its own report with its units' texts of that section beside the editor (read
 * only, a button quotes a text as «UBND xã X: …» into the editor) and the compiled figures' tokens below it.
 * Only the office's own report: {@link OfficeReports#unitTexts} answers 404 to anyone else.
 */
@Controller
@RequestMapping("/reports/{reportId}/compiled-narrative")
class CompiledNarrativePageController {

    private final OfficeReports officeReports;
    private final Narratives narratives;
    private final Reports reports;
    private final ReportPageModel pageModel;
    private final OrgUnits orgUnits;
    private final Periods periods;
    private final Messages messages;

    CompiledNarrativePageController(
            OfficeReports officeReports,
            Narratives narratives,
            Reports reports,
            ReportPageModel pageModel,
            OrgUnits orgUnits,
            Periods periods,
            MessageSource messages) {
        this.officeReports = officeReports;
        this.narratives = narratives;
        this.reports = reports;
        this.pageModel = pageModel;
        this.orgUnits = orgUnits;
        this.periods = periods;
        this.messages = new Messages(messages);
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @RequestParam(defaultValue = "I") String section,
            Model model) {
        Report report = reports.get(user, reportId);
        model.addAttribute("unitTexts", officeReports.unitTexts(user, reportId, section)); // 404 / 422 first
        SectionText own = narratives.sections(user, reportId).stream()
                .filter(s -> s.sectionCode().equals(section))
                .findFirst()
                .orElse(new SectionText(section, "", null));
        model.addAttribute("body", own.body());
        model.addAttribute("version", own.version());
        return page(report, section, model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @RequestParam String section,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        Report report = reports.get(user, reportId);
        model.addAttribute("unitTexts", officeReports.unitTexts(user, reportId, section));
        try {
            narratives.save(user, reportId, List.of(new SectionText(section, body, version)));
            redirect.addFlashAttribute("success", messages.text("officeReport.narrative.saved"));
            return "redirect:/reports/" + reportId + "/compiled-narrative?section=" + section;
        } catch (ValidationFailedException e) {
            model.addAttribute("error", messages.text("error.validation"));
            model.addAttribute(
                    "errorList",
                    e.violations().stream().map(FieldViolation::message).toList());
        } catch (StaleSectionsException e) {
            model.addAttribute("error", messages.text("error.staleVersion"));
            model.addAttribute("errorList", List.of(messages.text("officeReport.narrative.stale")));
            version = narratives.sections(user, reportId).stream()
                    .filter(s -> s.sectionCode().equals(section))
                    .findFirst()
                    .map(SectionText::version)
                    .orElse(null);
        }
        model.addAttribute("body", body);
        model.addAttribute("version", version);
        return page(report, section, model);
    }

    private String page(Report report, String section, Model model) {
        pageModel.addTo(model, report);
        Map<String, String> headings = new LinkedHashMap<>();
        for (ReportSection s : ReportSection.values())
            headings.put(s.code(), messages.textOr(s.headingKey(), s.code()));
        model.addAttribute("headings", headings);
        model.addAttribute("section", section);
        Compilation c =
                officeReports.compile(orgUnits.get(report.getOrgUnitId()), periods.get(report.getPeriodId()), false);
        model.addAttribute("compilation", c);
        return "officereport/narrative";
    }
}
