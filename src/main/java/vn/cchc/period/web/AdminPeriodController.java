package vn.cchc.period.web;

import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportKinds;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.ValidationFailedException;

@Controller
@RequestMapping("/admin/periods")
class AdminPeriodController {

    private final Periods periods;
    private final OrgUnits orgUnits;
    private final ReportKinds reportKinds;

    AdminPeriodController(Periods periods, OrgUnits orgUnits, ReportKinds reportKinds) {
        this.periods = periods;
        this.orgUnits = orgUnits;
        this.reportKinds = reportKinds;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("periods", periods.all());
        model.addAttribute(
                "reportKindNames",
                reportKinds.all().stream().collect(Collectors.toMap(k -> k.getId(), k -> k.getName())));
        model.addAttribute(
                "defaultKindName",
                reportKinds.all().stream()
                        .filter(k -> k.getCode().equals(ReportKinds.DEFAULT_CODE))
                        .findFirst()
                        .map(k -> k.getName())
                        .orElse(""));
        model.addAttribute(
                "unitNames", orgUnits.all().stream().collect(Collectors.toMap(u -> u.getId(), u -> u.getName())));
        return "admin/periods";
    }

    @GetMapping("/new")
    String form(@ModelAttribute("form") PeriodForm form, Model model) {
        return formPage(model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") PeriodForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) return formPage(model);
        try {
            periods.createAndOpen(form.toNewPeriod());
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> binding.rejectValue(v.field(), "invalid", v.message()));
            return formPage(model);
        } catch (ConflictException e) {
            binding.rejectValue(
                    "windowEnd",
                    "invalid",
                    "Thời gian số liệu: "
                            + orgUnits.get(form.getScheduleUnitId()).getName()
                            + " đã có kỳ cùng loại với cùng thời gian này.");
            return formPage(model);
        }
        redirect.addFlashAttribute("success", "Đã tạo kỳ báo cáo " + form.getTitle() + ".");
        return "redirect:/admin/periods";
    }

    /** Opens (again) a planned period: creates the missing reports of the units it applies to. */
    @PostMapping("/{id}/open")
    String open(@PathVariable long id, RedirectAttributes redirect) {
        var p = periods.open(id);
        redirect.addFlashAttribute(
                "success", "Đã mở kỳ " + p.getTitle() + ": đã lập báo cáo cho các đơn vị còn thiếu.");
        return "redirect:/admin/periods";
    }

    private String formPage(Model model) {
        model.addAttribute("kinds", PeriodKind.values());
        model.addAttribute("reportKinds", reportKinds.all());
        // a province sets the schedule of all its communes; a district office may set an ad-hoc period for its own
        model.addAttribute(
                "provinces",
                orgUnits.all().stream()
                        .filter(u -> u.getLevel() != OrgUnitLevel.COMMUNE)
                        .toList());
        return "admin/period-form";
    }
}
