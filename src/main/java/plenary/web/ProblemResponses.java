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

/** Answers the API's 401 and 403 as problem details, and asks for HTTP Basic or a bearer token on 401. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Plenary\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"Plenary\"");
        if (e instanceof LockedException) {
            write(response, HttpStatus.UNAUTHORIZED, "sign-in-locked", "Sign-in refused", SignInRefusals.sentence(e));
        } else {
            write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "unauthenticated",
                    "Sign-in required",
                    "This needs a signed-in account (an API token, or HTTP Basic).");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Your account's role does not allow this.");
    }

    /** A bearer token that is unknown, expired or revoked: one answer for all, which tells nothing about it. */
    void tokenRefused(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Plenary\", error=\"invalid_token\"");
        write(
                response,
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "Sign-in required",
                "The API token is not valid: unknown, expired or revoked.");
    }

    /** A token of scope READ on a write: the token's scope, not the account's role, refuses it. */
    void tokenScopeRefused(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("""
                {"type":"/problems/token-scope","title":"Not allowed","status":403,\
                "detail":"This API token's scope is READ, which allows GET and HEAD only; a write needs a token of scope WRITE.",\
                "scope":"READ"}""");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("""
                {"type":"/problems/%s","title":"%s","status":%d,"detail":"%s"}""".formatted(type, title, status.value(), detail));
    }
}
