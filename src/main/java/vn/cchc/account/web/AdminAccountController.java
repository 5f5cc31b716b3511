package vn.cchc.account.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.Accounts;
import vn.cchc.account.Role;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.shared.ValidationFailedException;

@Controller
@RequestMapping("/admin/accounts")
class AdminAccountController {

    private final Accounts accounts;
    private final OrgUnits orgUnits;

    AdminAccountController(Accounts accounts, OrgUnits orgUnits) {
        this.accounts = accounts;
        this.orgUnits = orgUnits;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("unitsById", orgUnits.all().stream()
                .collect(java.util.stream.Collectors.toMap(u -> u.getId(), u -> u.getName())));
        return "admin/accounts";
    }

    @GetMapping("/new")
    String form(@ModelAttribute("form") AccountForm form, Model model) {
        return formPage(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) return formPage(model);
        try {
            accounts.create(form.toNewAccount());
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> binding.rejectValue(v.field(), "invalid", v.message()));
            return formPage(model);
        }
        redirect.addFlashAttribute("success", "Đã tạo tài khoản " + form.getUsername()
                + ". Người dùng phải đổi mật khẩu ở lần đăng nhập đầu.");
        return "redirect:/admin/accounts";
    }

    private String formPage(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", orgUnits.all());
        return "admin/account-form";
    }
}
