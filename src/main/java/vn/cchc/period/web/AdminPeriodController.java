package vn.cchc.period.web;

import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.shared.ValidationFailedException;

@Controller
@RequestMapping("/admin/periods")
class AdminPeriodController {

    private final Periods periods;
    private final OrgUnits orgUnits;

    AdminPeriodController(Periods periods, OrgUnits orgUnits) {
        this.periods = periods;
        this.orgUnits = orgUnits;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("periods", periods.all());
        model.addAttribute("unitNames", orgUnits.all().stream()
                .collect(Collectors.toMap(u -> u.getId(), u -> u.getName())));
        return "admin/periods";
    }

    @GetMapping("/new")
    String form(@ModelAttribute("form") PeriodForm form, Model model) {
        return formPage(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") PeriodForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) return formPage(model);
        try {
            periods.create(form.toNewPeriod());
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> binding.rejectValue(v.field(), "invalid", v.message()));
            return formPage(model);
        }
        redirect.addFlashAttribute("success", "Đã tạo kỳ báo cáo " + form.getTitle() + ".");
        return "redirect:/admin/periods";
    }

    private String formPage(Model model) {
        model.addAttribute("kinds", PeriodKind.values());
        model.addAttribute("provinces", orgUnits.all().stream().filter(u -> u.getLevel() == OrgUnitLevel.PROVINCE).toList());
        return "admin/period-form";
    }
}
