package plenary.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the login page. */
@Controller
class HomePages {

    @GetMapping("/")
    String home() {
        return "web/home";
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        // Spring Security leaves the failed sign-in's exception in the session and redirects to /login?error.
        HttpSession session = request.getSession(false);
        if (request.getParameterMap().containsKey("error")) {
            Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("refused", true);
            model.addAttribute("lock", failure instanceof AuthenticationException e ? SignInRefusals.lock(e) : null);
        }
        return "web/login";
    }
}
