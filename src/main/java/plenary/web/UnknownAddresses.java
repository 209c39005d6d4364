package plenary.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * An address no page answers is "not found" for everyone: a visitor who is not signed in is not sent to sign in
 * for a page that does not exist. Known pages still ask for the sign-in; the actuator's endpoints, which other
 * mappings answer, too.
 */
final class UnknownAddresses implements RequestMatcher, AuthenticationEntryPoint {

    private final HandlerMapping pages;

    UnknownAddresses(HandlerMapping pages) {
        this.pages = pages;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/actuator")) {
            return false;
        }
        // Outside the DispatcherServlet the mapping needs the parsed path, which it would otherwise have made.
        Object before = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            return pages.getHandler(request) == null;
        } catch (Exception e) {
            return false; // a known address asked in another way (another method): not unknown
        } finally {
            request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, before);
        }
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
