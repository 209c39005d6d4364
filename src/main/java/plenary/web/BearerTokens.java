package plenary.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Signs an API request in by the bearer token it carries ({@code Authorization: Bearer …}). The directory, which
 * keeps accounts and their tokens, provides it; security here only asks.
 */
public interface BearerTokens {

    /**
     * The account the token signs in, with whether the token only reads.
     *
     * @param token the token as sent
     * @param address where the request came from
     * @throws AuthenticationException for a token that is unknown, expired or revoked, or whose account may not sign
     *     in (disabled, locked): all alike, so that the answer tells nothing about the token
     */
    SignIn signIn(String token, String address);

    /** A token's sign-in: who, and whether the token may only read (GET and HEAD). */
    record SignIn(Authentication authentication, boolean readOnly) {}
}
