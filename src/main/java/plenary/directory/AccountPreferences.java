package plenary.directory;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.internal.Account;
import plenary.directory.internal.AccountRepository;
import plenary.kernel.RecordNotFound;
import plenary.kernel.Rules;
import plenary.web.Readers;

/** The signed-in account's own choice of language and time zone, kept with the account for its next sign-in. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class AccountPreferences {

    private final AccountRepository accounts;

    AccountPreferences(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    PreferencesForm mine() {
        Account account = signedIn();
        return new PreferencesForm(account.language(), account.timeZone());
    }

    /** Keeps the choice, or refuses a language Plenary does not speak and a zone that names none; answers it. */
    PreferencesForm choose(PreferencesForm form) {
        String language = blankAsNull(form.language());
        String zone = blankAsNull(form.timeZone());
        new Rules()
                .check(
                        language == null || Readers.spoken(language) != null,
                        "language",
                        "one-of",
                        "is not a language of Plenary")
                .check(
                        zone == null || Readers.zone(zone) != null,
                        "timeZone",
                        "format",
                        "must name a time zone such as Europe/Moscow")
                .enforce();
        String tag = language == null
                ? null
                : Objects.requireNonNull(Readers.spoken(language)).toLanguageTag();
        String zoneId =
                zone == null ? null : Objects.requireNonNull(Readers.zone(zone)).getId();
        accounts.save(signedIn().withPreferences(tag, zoneId));
        return new PreferencesForm(tag, zoneId);
    }

    private Account signedIn() {
        PlenaryAccount account = CurrentAccount.get().orElseThrow();
        return accounts.findById(account.accountId())
                .orElseThrow(() -> new RecordNotFound("Account", account.accountId()));
    }

    private static @Nullable String blankAsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
