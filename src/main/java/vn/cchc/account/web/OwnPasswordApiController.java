package vn.cchc.account.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.account.Accounts;
import vn.cchc.account.CurrentUser;

/** The one API call an account with a temporary password may make: choosing its own password. */
@RestController
class OwnPasswordApiController {

    record Body(String currentPassword, String newPassword) {}

    private final Accounts accounts;

    OwnPasswordApiController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/account/password")
    Map<String, Object> change(
            @AuthenticationPrincipal CurrentUser user, @RequestBody Body b, HttpServletRequest request) {
        accounts.changePassword(
                user.id(), b.currentPassword(), b.newPassword(), b.newPassword(), request.getRemoteAddr());
        return Map.of("username", user.username(), "mustChangePassword", false);
    }
}
