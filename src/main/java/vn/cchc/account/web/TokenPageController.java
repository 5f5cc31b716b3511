package vn.cchc.account.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.ApiTokens;
import vn.cchc.account.CurrentUser;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ValidationFailedException;

/** A user's own API tokens: create (shown once), list, revoke. */
@Controller
class TokenPageController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final ApiTokens tokens;

    TokenPageController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user.id()));
        model.addAttribute("now", Instant.now());
        return "account/tokens";
    }

    @PostMapping("/account/tokens")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String expiresOn,
            Model model,
            RedirectAttributes redirect) {
        try {
            ApiTokens.Issued t = tokens.create(user.id(), name, expiry(expiresOn));
            redirect.addFlashAttribute("issued", t);
        } catch (ValidationFailedException e) {
            model.addAttribute("errors", e.violations());
            model.addAttribute("name", name);
            model.addAttribute("expiresOn", expiresOn);
            return list(user, model);
        }
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user.id(), id);
        redirect.addFlashAttribute("success", "Đã thu hồi mã truy cập.");
        return "redirect:/account/tokens";
    }

    private static Instant expiry(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip(), DATE)
                    .atTime(23, 59, 59)
                    .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationFailedException(List.of(new FieldViolation(
                    "expiresOn", "Hạn dùng: không đọc được «" + value + "»; nhập ngày dạng dd/MM/yyyy.")));
        }
    }
}
