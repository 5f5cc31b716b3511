package vn.cchc.account.web;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import vn.cchc.account.Accounts;
import vn.cchc.account.LoginLog;
import vn.cchc.account.Role;
import vn.cchc.account.SignInMessages;
import vn.cchc.account.UserAccount;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.shared.ValidationFailedException;

@Controller
@RequestMapping("/admin/accounts")
class AdminAccountController {

    private final Accounts accounts;
    private final OrgUnits orgUnits;
    private final LoginLog loginLog;

    AdminAccountController(Accounts accounts, OrgUnits orgUnits, LoginLog loginLog) {
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.loginLog = loginLog;
    }

    @GetMapping
    String list(Model model) {
        var all = accounts.all();
        Map<String, String> locks = new HashMap<>();
        for (UserAccount a : all) {
            accounts.lockedUntil(a.getUsername())
                    .ifPresent(t -> locks.put(a.getUsername(), SignInMessages.lockedUntil(t)));
        }
        model.addAttribute("accounts", all);
        model.addAttribute("locks", locks);
        model.addAttribute(
                "unitsById", orgUnits.all().stream().collect(Collectors.toMap(u -> u.getId(), u -> u.getName())));
        return "admin/accounts";
    }

    @GetMapping("/new")
    String form(@ModelAttribute("form") AccountForm form, Model model) {
        return formPage(model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) return formPage(model);
        try {
            accounts.createChecked(form.toNewAccount());
        } catch (ValidationFailedException e) {
            e.violations()
                    .forEach(v -> binding.rejectValue(
                            v.field().equals("password") ? "temporaryPassword" : v.field(),
                            "invalid",
                            v.message().replaceFirst("^Mật khẩu:", "Mật khẩu tạm:")));
            return formPage(model);
        }
        redirect.addFlashAttribute(
                "success",
                "Đã tạo tài khoản " + form.getUsername() + ". Người dùng phải đổi mật khẩu ở lần đăng nhập đầu.");
        return "redirect:/admin/accounts";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", AccountEditForm.of(accounts.get(id)));
        return editPage(id, model);
    }

    @PostMapping("/{id}")
    String save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AccountEditForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) return editPage(id, model);
        try {
            accounts.update(id, form.getFullName(), form.getRole(), form.getOrgUnitId(), form.getVersion());
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> binding.rejectValue(v.field(), "invalid", v.message()));
            return editPage(id, model);
        } catch (ObjectOptimisticLockingFailureException e) {
            binding.reject("stale", "Tài khoản vừa được người khác sửa: hãy tải lại trang rồi sửa lại.");
            return editPage(id, model);
        }
        redirect.addFlashAttribute(
                "success", "Đã lưu tài khoản " + accounts.get(id).getUsername() + ".");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        accounts.setEnabled(id, false);
        redirect.addFlashAttribute(
                "success",
                "Đã vô hiệu hóa tài khoản " + accounts.get(id).getUsername()
                        + ": không đăng nhập được nữa, các phiên và mã truy cập của tài khoản ngừng hoạt động.");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        accounts.setEnabled(id, true);
        redirect.addFlashAttribute(
                "success", "Đã kích hoạt lại tài khoản " + accounts.get(id).getUsername() + ".");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute(
                "success",
                "Đã mở khóa đăng nhập của tài khoản " + accounts.get(id).getUsername() + ".");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String temporaryPassword,
            RedirectAttributes redirect) {
        try {
            accounts.resetPassword(id, temporaryPassword);
        } catch (ValidationFailedException e) {
            redirect.addFlashAttribute("resetError", e.violations().get(0).message());
            return "redirect:/admin/accounts/" + id;
        }
        redirect.addFlashAttribute(
                "success",
                "Đã đặt mật khẩu tạm cho " + accounts.get(id).getUsername()
                        + ". Người dùng phải đổi mật khẩu ở lần đăng nhập sau.");
        return "redirect:/admin/accounts/" + id;
    }

    private String editPage(long id, Model model) {
        UserAccount a = accounts.get(id);
        model.addAttribute("account", a);
        model.addAttribute(
                "lockedUntil",
                accounts.lockedUntil(a.getUsername())
                        .map(SignInMessages::lockedUntil)
                        .orElse(null));
        model.addAttribute("logins", loginLog.recent(a.getUsername(), 20));
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", orgUnits.all());
        return "admin/account-edit";
    }

    private String formPage(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", orgUnits.all());
        return "admin/account-form";
    }
}
