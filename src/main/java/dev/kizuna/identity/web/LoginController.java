package dev.kizuna.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page, telling a wrong password from a locked account. A deactivated account gets the wrong-password
 * message whatever password was typed, so nobody can find out which accounts exist but are deactivated.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object exception = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (exception != null || request.getParameterMap().containsKey("error")) {
            model.addAttribute("errorKey", switch (exception) {
                case LockedException e -> "login.error.throttled";
                case null, default -> "login.error.badCredentials";
            });
            if (session != null) {
                session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            }
        }
        return "identity/login";
    }
}
