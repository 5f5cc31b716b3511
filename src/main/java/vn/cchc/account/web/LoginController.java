package vn.cchc.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.account.SignInMessages;
import vn.cchc.account.SignInThrottledException;
import vn.cchc.shared.DatabaseUnavailable;

@Controller
class LoginController {

    /** After a refused sign-in the page says why: locked (and until when) or asked to wait, else the usual error. */
    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (request.getParameterMap().containsKey("error") && last instanceof SignInThrottledException e) {
            model.addAttribute("refusal", SignInMessages.refusal(e));
            model.addAttribute("lockedUntil", e.locked() ? SignInMessages.lockedUntil(e.until()) : null);
        }
        // a sign-in that failed because the database could not be asked is not a wrong password: say so
        model.addAttribute("systemUnavailable", last instanceof Throwable t && DatabaseUnavailable.isCause(t));
        return "account/login";
    }
}
