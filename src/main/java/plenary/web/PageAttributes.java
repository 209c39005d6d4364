package plenary.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the {@link Page} into the model of every page controller. */
@ControllerAdvice(annotations = Controller.class)
class PageAttributes {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final MessageSource bundles;

    PageAttributes(MessageSource bundles) {
        this.bundles = bundles;
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request, Locale locale, TimeZone zone) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Authentication signedIn =
                auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken) ? auth : null;
        Set<String> roles = signedIn != null ? roles(signedIn) : Set.of();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        // Spring Security's default names; asking the token for them would make it, and open a session.
        return new Page(
                signedIn != null ? signedIn.getName() : null,
                roles,
                "_csrf",
                "X-CSRF-TOKEN",
                () -> csrf == null ? "" : csrf.getToken(),
                new Texts(bundles, locale, zone.toZoneId()),
                Notices.of(request),
                // The query as sent, not its parameters: asking for those would read a POST's body.
                request.getQueryString());
    }

    /** The page of a request that reached no controller's model (a problem shown by {@link PageProblems}). */
    Page page(HttpServletRequest request) {
        TimeZone zone = RequestContextUtils.getTimeZone(request);
        return page(request, RequestContextUtils.getLocale(request), zone == null ? UTC : zone);
    }

    private static Set<String> roles(Authentication auth) {
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toUnmodifiableSet());
    }
}
