package vn.cchc.account.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.shared.DatabaseUnavailable;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        // A failed login because the database could not be asked is not a wrong password: say so.
        Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("systemUnavailable", last instanceof Throwable t && DatabaseUnavailable.isCause(t));
        return "account/login";
    }
}
