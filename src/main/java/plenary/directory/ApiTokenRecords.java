package plenary.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.internal.ApiTokenSecret;
import plenary.directory.internal.ApiTokenSettings;
import plenary.directory.internal.ApiTokenStore;
import plenary.kernel.RecordNotFound;
import plenary.kernel.Rules;

/**
 * An account's personal API tokens: listed, made (the token shown once) and revoked by the account itself; the
 * secretariat also lists and revokes anyone's (a member who leaves).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ApiTokenRecords {

    private final ApiTokenStore tokens;
    private final ApiTokenSettings settings;
    private final ApplicationEventPublisher events;

    ApiTokenRecords(ApiTokenStore tokens, ApiTokenSettings settings, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.settings = settings;
        this.events = events;
    }

    /** The signed-in account's tokens, the newest first, revoked and expired ones among them. */
    @Transactional(readOnly = true)
    public List<ApiTokenView> mine() {
        return tokens.ofAccount(me().accountId());
    }

    /** Any account's tokens, for the secretariat. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SECRETARIAT')")
    public List<ApiTokenView> of(long accountId) {
        return tokens.ofAccount(accountId);
    }

    /** Makes the signed-in account a token; the answer holds the token itself, which is never shown again. */
    public NewApiToken create(ApiTokenForm form) {
        PlenaryAccount me = me();
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate latest = today.plusDays(settings.maxLifetime().toDays());
        LocalDate expiresOn = form.expiresOn() == null
                ? today.plusDays(settings.defaultLifetime().toDays())
                : form.expiresOn();
        new Rules()
                .required(form.name(), "name")
                .required(form.scope(), "scope")
                .check(!expiresOn.isBefore(today), "expiresOn", "future", "must be today or later")
                .check(
                        !expiresOn.isAfter(latest),
                        "expiresOn",
                        "max-lifetime",
                        "must be at most " + settings.maxLifetime().toDays() + " days from today (" + latest + ")")
                .enforce();
        String name = Objects.requireNonNull(form.name()).strip();
        ApiTokenScope scope = Objects.requireNonNull(form.scope());
        // A token expires at the end of its last day, UTC.
        Instant expiresAt = expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        String token = ApiTokenSecret.generate();
        long id = tokens.insert(me.accountId(), name, scope, ApiTokenSecret.hash(token), now, expiresAt);
        events.publishEvent(new ApiTokenCreated(me.accountId(), me.getUsername(), id, name, scope, expiresAt));
        return new NewApiToken(id, name, scope, now, expiresAt, token);
    }

    /**
     * Revokes one of the signed-in account's tokens, or anyone's for the secretariat; another's token is not found
     * for anyone else. Revoking a revoked token changes nothing.
     */
    public void revoke(long id) {
        PlenaryAccount me = me();
        ApiTokenStore.Owned owned = tokens.find(id)
                .filter(t -> t.accountId() == me.accountId() || me.has(Role.SECRETARIAT))
                .orElseThrow(() -> new RecordNotFound("API token", id));
        if (tokens.revoke(id, Instant.now())) {
            events.publishEvent(new ApiTokenRevoked(
                    owned.accountId(), owned.username(), id, owned.token().name(), me.getUsername()));
        }
    }

    private static PlenaryAccount me() {
        return CurrentAccount.get().orElseThrow(() -> new AccessDeniedException("Sign in to keep API tokens"));
    }
}
