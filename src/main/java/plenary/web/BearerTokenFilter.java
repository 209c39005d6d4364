package plenary.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in by its bearer token: a wrong, expired or revoked token is answered 401 at once, a token
 * that only reads is refused a write with 403; a request without a bearer token goes on to HTTP Basic.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final BearerTokens tokens;
    private final ProblemResponses problems;

    BearerTokenFilter(BearerTokens tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        BearerTokens.SignIn signIn;
        try {
            signIn = tokens.signIn(header.substring(BEARER.length()).strip(), request.getRemoteAddr());
        } catch (AuthenticationException e) {
            SecurityContextHolder.clearContext();
            problems.tokenRefused(response);
            return;
        }
        if (signIn.readOnly() && !READS.contains(request.getMethod())) {
            problems.tokenScopeRefused(response);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signIn.authentication());
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
