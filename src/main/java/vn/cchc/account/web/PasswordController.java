package vn.cchc.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.Accounts;
import vn.cchc.account.CurrentUser;
import vn.cchc.shared.ValidationFailedException;

@Controller
class PasswordController {

    private final Accounts accounts;
    private final UserDetailsService users;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(Accounts accounts, UserDetailsService users) {
        this.accounts = accounts;
        this.users = users;
    }

    @GetMapping("/account/password")
    String form(@ModelAttribute("form") PasswordForm form) {
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("form") PasswordForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            accounts.changePassword(
                    user.id(),
                    form.getCurrentPassword(),
                    form.getNewPassword(),
                    form.getConfirmPassword(),
                    request.getRemoteAddr());
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> binding.rejectValue(v.field(), "invalid", v.message()));
            return "account/password";
        }
        // a new session id, and the principal refreshed with the new hash: this session stays, every other one
        // of the account ends at its next request (SessionCredentialsFilter); the flag "must change" is gone
        request.changeSessionId();
        // refresh the principal so the "must change password" flag is gone for this session
        UserDetails fresh = users.loadUserByUsername(user.username());
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(ctx);
        contexts.saveContext(ctx, request, response);
        redirect.addFlashAttribute("success", "Đã đổi mật khẩu.");
        return "redirect:/";
    }
}
