package vn.cchc.orgunit.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.shared.ValidationFailedException;

@Controller
@RequestMapping("/admin/units")
class AdminOrgUnitController {

    private final OrgUnits orgUnits;

    AdminOrgUnitController(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    @GetMapping
    String list(Model model) {
        Map<Long, String> parentNames = new LinkedHashMap<>();
        LocalDate today = LocalDate.now();
        for (OrgUnit u : orgUnits.all()) {
            orgUnits.currentParentId(u.getId(), OrgUnits.lastValidDay(u, today))
                    .ifPresent(p -> parentNames.put(u.getId(), orgUnits.get(p).getName()));
        }
        model.addAttribute("units", orgUnits.all());
        model.addAttribute("parentNames", parentNames);
        return "admin/units";
    }

    @GetMapping("/new")
    String form(@ModelAttribute("form") OrgUnitForm form, Model model) {
        return formPage(model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") OrgUnitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (form.getValidFrom() != null
                && form.getValidTo() != null
                && form.getValidTo().isBefore(form.getValidFrom())) {
            binding.rejectValue("validTo", "invalid", "Hiệu lực đến: phải sau hoặc bằng ngày bắt đầu hiệu lực.");
        }
        if (orgUnits.byCode(form.getCode() == null ? "" : form.getCode()).isPresent()) {
            binding.rejectValue("code", "invalid", "Mã đơn vị: đã có đơn vị dùng mã này.");
        }
        if (binding.hasErrors()) return formPage(model);
        try {
            orgUnits.createChecked(form.toNewOrgUnit());
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> binding.rejectValue(v.field(), "invalid", v.message()));
            return formPage(model);
        }
        redirect.addFlashAttribute("success", "Đã tạo đơn vị " + form.getName() + ".");
        return "redirect:/admin/units";
    }

    private String formPage(Model model) {
        model.addAttribute("levels", OrgUnitLevel.values());
        model.addAttribute("units", orgUnits.all());
        return "admin/unit-form";
    }
}
