package vn.cchc.orgunit.web;

import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.cchc.orgunit.OfficeKind;
import vn.cchc.orgunit.OfficialPosition;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitChanges;
import vn.cchc.orgunit.UnitOfficial;
import vn.cchc.orgunit.UnitOfficials;
import vn.cchc.shared.ValidationFailedException;

/**
 * /admin/units/{id}: edit a unit, record a merger into it, list/add/end its officials. The rules are the services'
 * (the API's too); their violations are shown under the field they name, and nothing is saved.
 */
@Controller
@RequestMapping("/admin/units/{id}")
class AdminUnitChangesController {

    private final OrgUnits orgUnits;
    private final UnitChanges changes;
    private final UnitOfficials officials;

    AdminUnitChangesController(OrgUnits orgUnits, UnitChanges changes, UnitOfficials officials) {
        this.orgUnits = orgUnits;
        this.changes = changes;
        this.officials = officials;
    }

    @GetMapping
    String page(@PathVariable long id, Model model) {
        model.addAttribute("editForm", UnitEditForm.of(orgUnits.get(id)));
        return page(id, model, null);
    }

    @PostMapping
    String edit(
            @PathVariable long id,
            @ModelAttribute("editForm") UnitEditForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors() && saved(binding, () -> changes.edit(id, form.toEdit()))) {
            return done(id, redirect, "Đã lưu đơn vị " + orgUnits.get(id).getName() + ".");
        }
        return page(id, model, null);
    }

    @PostMapping("/mergers")
    String merge(
            @PathVariable long id,
            @ModelAttribute("mergerForm") MergerForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()
                && saved(
                        binding,
                        () -> changes.merge(
                                form.getPredecessorIds(),
                                id,
                                form.getEffectiveOn(),
                                blankToNull(form.getLegalBasis())))) {
            return done(
                    id,
                    redirect,
                    "Đã ghi sáp nhập " + form.getPredecessorIds().size() + " đơn vị vào "
                            + orgUnits.get(id).getName() + ".");
        }
        model.addAttribute("editForm", UnitEditForm.of(orgUnits.get(id)));
        return page(id, model, "merger");
    }

    @PostMapping("/officials")
    String addOfficial(
            @PathVariable long id,
            @ModelAttribute("officialForm") OfficialForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()
                && saved(
                        binding,
                        () -> officials.add(
                                id, form.getFullName(), form.getPosition(), form.getValidFrom(), form.getValidTo()))) {
            return done(
                    id,
                    redirect,
                    "Đã ghi " + form.getPosition().label() + " "
                            + form.getFullName().strip() + ".");
        }
        model.addAttribute("editForm", UnitEditForm.of(orgUnits.get(id)));
        return page(id, model, "officials");
    }

    @PostMapping("/officials/{officialId}/end")
    String endOfficial(
            @PathVariable long id,
            @PathVariable long officialId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate validTo,
            Model model,
            RedirectAttributes redirect) {
        try {
            UnitOfficial o = officials.end(id, officialId, validTo);
            return done(id, redirect, "Đã ghi ngày kết thúc nhiệm kỳ của " + o.getFullName() + ".");
        } catch (ValidationFailedException e) {
            model.addAttribute("endError", e.violations().get(0).message());
            model.addAttribute("endOfficialId", officialId);
            model.addAttribute("editForm", UnitEditForm.of(orgUnits.get(id)));
            return page(id, model, "officials");
        }
    }

    /** Runs the service; its violations go under the fields they name (the form's fields have the same names). */
    private static boolean saved(BindingResult binding, Runnable action) {
        try {
            action.run();
            return true;
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> binding.rejectValue(v.field(), "invalid", v.message()));
            return false;
        }
    }

    private static String done(long id, RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("success", message);
        return "redirect:/admin/units/" + id;
    }

    private String page(long id, Model model, String focus) {
        OrgUnit unit = orgUnits.get(id);
        model.addAttribute("unit", unit);
        model.addAttribute(
                "parentName",
                orgUnits.currentParentId(id, OrgUnits.lastValidDay(unit, LocalDate.now()))
                        .map(p -> orgUnits.get(p).getName())
                        .orElse(null));
        model.addAttribute("officials", officials.of(id));
        model.addAttribute("levels", OrgUnitLevel.values());
        model.addAttribute("officeKinds", OfficeKind.values());
        // only the positions this kind of office has: a division has no chairman
        model.addAttribute(
                "positions",
                Arrays.stream(OfficialPosition.values())
                        .filter(unit.getOfficeKind()::allows)
                        .toList());
        model.addAttribute(
                "others", orgUnits.all().stream().filter(u -> u.getId() != id).toList());
        if (!model.containsAttribute("mergerForm")) model.addAttribute("mergerForm", new MergerForm());
        if (!model.containsAttribute("officialForm")) model.addAttribute("officialForm", new OfficialForm());
        model.addAttribute("focus", focus);
        return "admin/unit-edit";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
