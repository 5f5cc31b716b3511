package vn.cchc.indicator.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.CurrentUser;
import vn.cchc.indicator.IndicatorEntry;
import vn.cchc.indicator.IndicatorValues;
import vn.cchc.indicator.Qualifier;
import vn.cchc.indicator.StaleValuesException;
import vn.cchc.report.Report;
import vn.cchc.report.ReportPageModel;
import vn.cchc.report.ReportSection;
import vn.cchc.report.Reports;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;

/** The figures of a report, grouped by section, saved all at once. */
@Controller
@RequestMapping("/reports/{reportId}/indicators")
class IndicatorValuesController {

    private final IndicatorValues values;
    private final ReportPageModel pageModel;
    private final Reports reports;
    private final Messages messages;

    IndicatorValuesController(
            IndicatorValues values, Reports reports, MessageSource messages, ReportPageModel pageModel) {
        this.pageModel = pageModel;
        this.values = values;
        this.reports = reports;
        this.messages = new Messages(messages);
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId, Model model) {
        Report report = reports.get(user, reportId);
        List<IndicatorEntry> entries = values.entries(user, reportId);
        model.addAttribute("form", ValuesForm.of(entries));
        return page(report, entries, Map.of(), model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @ModelAttribute("form") ValuesForm form,
            Model model,
            RedirectAttributes redirect) {
        Report report = reports.get(user, reportId);
        try {
            int n = values.saveAll(user, reportId, form.toInputs());
            redirect.addFlashAttribute("success", messages.text("indicator.values.saved", n));
            return "redirect:/reports/" + reportId + "/indicators";
        } catch (ValidationFailedException e) {
            Map<String, String> errors = new HashMap<>();
            for (FieldViolation v : e.violations()) errors.merge(v.field(), v.message(), (a, b) -> a + " " + b);
            model.addAttribute("error", messages.text("error.validation"));
            model.addAttribute(
                    "errorList",
                    e.violations().stream().map(FieldViolation::message).toList());
            return page(report, values.entries(user, reportId), errors, model);
        } catch (StaleValuesException e) {
            model.addAttribute("error", messages.text("error.staleVersion"));
            model.addAttribute(
                    "errorList", List.of(messages.text("indicator.values.staleList", String.join("; ", e.labels()))));
            // keep the user's input; take the new versions so a deliberate second save applies it
            List<IndicatorEntry> fresh = values.entries(user, reportId);
            Map<String, Long> versions = new HashMap<>();
            fresh.forEach(x -> versions.put(x.code(), x.version()));
            form.getRows().forEach(r -> r.setVersion(versions.get(r.getCode())));
            return page(report, fresh, Map.of(), model);
        }
    }

    private String page(Report report, List<IndicatorEntry> entries, Map<String, String> errors, Model model) {
        Map<String, List<Integer>> bySection = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            bySection
                    .computeIfAbsent(entries.get(i).sectionCode(), k -> new ArrayList<>())
                    .add(i);
        }
        Map<String, String> headings = new LinkedHashMap<>();
        for (String code : bySection.keySet()) {
            headings.put(
                    code,
                    ReportSection.byCode(code)
                            .map(s -> messages.textOr(s.headingKey(), code))
                            .orElse(code));
        }
        pageModel.addTo(model, report);
        model.addAttribute("entries", entries);
        model.addAttribute("bySection", bySection);
        model.addAttribute("headings", headings);
        model.addAttribute("qualifiers", Qualifier.values());
        // the labels once, not once per row and option (a report has dozens of figures)
        Map<Qualifier, String> qualifierLabels = new EnumMap<>(Qualifier.class);
        for (Qualifier q : Qualifier.values()) qualifierLabels.put(q, messages.text(q.labelKey()));
        model.addAttribute("qualifierLabels", qualifierLabels);
        model.addAttribute("fieldErrors", errors);
        return "indicators/values";
    }
}
