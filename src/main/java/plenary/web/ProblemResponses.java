package plenary.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers the API's 401 and 403 as problem details, and asks for HTTP Basic on 401. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Plenary\"");
        if (e instanceof LockedException) {
            write(response, HttpStatus.UNAUTHORIZED, "sign-in-locked", "Sign-in refused", SignInRefusals.sentence(e));
        } else {
            write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "unauthenticated",
                    "Sign-in required",
                    "This needs a signed-in account (HTTP Basic).");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Your account's role does not allow this.");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("""
                {"type":"/problems/%s","title":"%s","status":%d,"detail":"%s"}""".formatted(type, title, status.value(), detail));
    }
}
