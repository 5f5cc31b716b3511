package vn.cchc.indicator.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.indicator.Indicator;
import vn.cchc.indicator.IndicatorCatalogue;
import vn.cchc.indicator.IndicatorKind;
import vn.cchc.indicator.IndicatorRelations;
import vn.cchc.indicator.MoneyScale;
import vn.cchc.report.ReportSection;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;

/** The administrator's indicator catalogue: list, create, edit label, unit, section, kind, position, active. */
@Controller
@RequestMapping("/admin/indicators")
class AdminIndicatorController {

    private final IndicatorCatalogue catalogue;
    private final IndicatorRelations relations;
    private final Messages messages;

    AdminIndicatorController(IndicatorCatalogue catalogue, IndicatorRelations relations, MessageSource messages) {
        this.catalogue = catalogue;
        this.relations = relations;
        this.messages = new Messages(messages);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("indicators", catalogue.all());
        return "indicators/admin-list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        IndicatorForm f = new IndicatorForm();
        f.setActive(true);
        f.setKind("COUNT");
        model.addAttribute("form", f);
        return form(null, model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            Indicator i = catalogue.create(form.toInput());
            redirect.addFlashAttribute("success", messages.text("indicator.saved", i.getCode()));
            return "redirect:/admin/indicators";
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> binding.rejectValue(v.field(), "invalid", v.message()));
            return form(null, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Indicator i = catalogue.get(id);
        model.addAttribute("form", IndicatorForm.of(i, relations.partsOf(i.getCode()), relations.ratioOf(i.getCode())));
        return form(i, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Indicator i = catalogue.get(id);
        try {
            catalogue.update(id, form.toInput(), form.getVersion() == null ? -1 : form.getVersion());
            redirect.addFlashAttribute("success", messages.text("indicator.saved", i.getCode()));
            return "redirect:/admin/indicators";
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> binding.rejectValue(v.field(), "invalid", v.message()));
        } catch (ConflictException e) {
            binding.reject("stale", messages.text(e.messageKey()));
            form.setVersion(i.getVersion());
        }
        return form(i, model);
    }

    private String form(Indicator existing, Model model) {
        model.addAttribute("indicator", existing);
        model.addAttribute("kinds", IndicatorKind.values());
        model.addAttribute("moneyScales", MoneyScale.values());
        model.addAttribute("sectionList", ReportSection.values());
        return "indicators/admin-form";
    }
}
