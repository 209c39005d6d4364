package plenary.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import plenary.directory.ApiTokenScope;
import plenary.directory.PlenaryAccount;
import plenary.directory.SignInFailed;
import plenary.directory.SignedInWithToken;
import plenary.web.BearerTokens;

/**
 * Signs API requests in by personal API token: one SHA-256 and one query (token, account, roles and lock
 * together), where HTTP Basic costs a bcrypt comparison. The token's last use is written at most once a minute,
 * and its sign-ins go to the audit as HTTP Basic's do, at most once in a while per token and address.
 */
@Component
@EnableConfigurationProperties(ApiTokenSettings.class)
class ApiTokenSignIn implements BearerTokens {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenSignIn.class);
    private static final String REFUSED = "API token unknown, expired or revoked, or its account may not sign in";

    private final ApiTokenStore tokens;
    private final ApiTokenSettings settings;
    private final SignInSettings signIn;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

    ApiTokenSignIn(
            ApiTokenStore tokens,
            ApiTokenSettings settings,
            SignInSettings signIn,
            ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.tokens = tokens;
        this.settings = settings;
        this.signIn = signIn;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public SignIn signIn(String token, String address) {
        Instant now = clock.instant();
        if (!ApiTokenSecret.wellFormed(token)) {
            throw refused("(API token)", address, "not an API token", now);
        }
        ApiTokenStore.Bearer bearer = tokens.byHash(ApiTokenSecret.hash(token))
                .orElseThrow(() -> refused("(API token)", address, "unknown API token", now));
        String why = bearer.revokedAt() != null
                ? "revoked"
                : !bearer.expiresAt().isAfter(now)
                        ? "expired"
                        : !bearer.enabled()
                                ? "account disabled"
                                : bearer.lockedUntil() != null && now.isBefore(bearer.lockedUntil())
                                        ? "account locked"
                                        : null;
        if (why != null) {
            throw refused(bearer.username(), address, "API token '" + bearer.name() + "' " + why, now);
        }
        Instant lastUsed = bearer.lastUsedAt();
        Instant since = now.minus(settings.lastUseRecorded());
        if (lastUsed == null || lastUsed.isBefore(since)) {
            tokens.used(bearer.tokenId(), now, since);
        }
        record(bearer, address, now);
        PlenaryAccount account = new PlenaryAccount(
                bearer.accountId(), bearer.username(), "", bearer.personId(), bearer.roles(), true, false);
        return new SignIn(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()),
                bearer.scope() == ApiTokenScope.READ);
    }

    private BadCredentialsException refused(String username, String address, String reason, Instant now) {
        log.warn("API request refused for '{}' from {}: {}", username, address, reason);
        transaction.executeWithoutResult(
                status -> events.publishEvent(new SignInFailed(username, address, reason, now)));
        return new BadCredentialsException(REFUSED);
    }

    private void record(ApiTokenStore.Bearer bearer, String address, Instant now) {
        String key = bearer.tokenId() + " " + address;
        Instant last = recorded.get(key);
        if (last != null && last.plus(signIn.basicSignInRecorded()).isAfter(now)) {
            return;
        }
        if (recorded.size() > 10_000) {
            recorded.values()
                    .removeIf(at -> at.plus(signIn.basicSignInRecorded()).isBefore(now));
        }
        recorded.put(key, now);
        transaction.executeWithoutResult(status -> events.publishEvent(new SignedInWithToken(
                bearer.accountId(), bearer.username(), bearer.tokenId(), bearer.name(), address, now)));
    }
}
