package plenary.directory;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.internal.Account;
import plenary.directory.internal.AccountRepository;
import plenary.directory.internal.Lockouts;
import plenary.directory.internal.Person;
import plenary.directory.internal.PersonRepository;
import plenary.directory.internal.SignInAttempts;
import plenary.kernel.RecordInUse;
import plenary.kernel.RecordNotFound;
import plenary.kernel.Rules;
import plenary.kernel.Versions;

/**
 * The secretariat's keeping of accounts (who signs in, as which person, with which roles): listing, creating,
 * changing, unlocking and deleting them.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SECRETARIAT')")
public class AccountRecords {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,59}$");

    private final AccountRepository accounts;
    private final PersonRepository people;
    private final PasswordEncoder passwords;
    private final Lockouts lockouts;
    private final SignInAttempts attempts;
    private final ApplicationEventPublisher events;

    AccountRecords(
            AccountRepository accounts,
            PersonRepository people,
            PasswordEncoder passwords,
            Lockouts lockouts,
            SignInAttempts attempts,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.people = people;
        this.passwords = passwords;
        this.lockouts = lockouts;
        this.attempts = attempts;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<AccountView> all() {
        return accounts.findAllByOrderByUsername().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    AccountView get(long id) {
        return view(find(id));
    }

    /**
     * Lifts the account's lock after too many failed sign-ins, so that its password works again at once; answers
     * the account. Lifting an account that is not locked changes nothing.
     */
    AccountView unlock(long id) {
        Account account = find(id);
        Instant now = Instant.now();
        if (lockouts.lift(id, now)) {
            attempts.lifted(account.username());
            events.publishEvent(new AccountUnlocked(id, account.username(), by(), now));
        }
        return view(account);
    }

    private AccountView view(Account account) {
        return account.view(lockouts.lockedUntil(Objects.requireNonNull(account.id()), Instant.now())
                .orElse(null));
    }

    private static String by() {
        return CurrentAccount.get().map(PlenaryAccount::getUsername).orElse("plenary");
    }

    public AccountView create(AccountForm form) {
        validate(form, true, null);
        // validate() refused a new account without a password or username; an encoded password is never null.
        return create(form, Objects.requireNonNull(passwords.encode(form.password())));
    }

    /**
     * Accounts that share one password whose secret is no secret, as the demo's are (the README prints it): each is
     * checked as {@link #create} checks one, and the password is hashed once for them all, since each bcrypt hash
     * costs about a tenth of a second on purpose and the demo's accounts made a second of every first start.
     */
    public List<AccountView> createSharingPassword(List<AccountForm> forms) {
        Set<@Nullable String> passwordsGiven =
                forms.stream().map(AccountForm::password).collect(Collectors.toSet());
        if (passwordsGiven.size() != 1) {
            throw new IllegalArgumentException("Accounts sharing a password need one and the same password");
        }
        forms.forEach(form -> validate(form, true, null));
        String hash = Objects.requireNonNull(passwords.encode(forms.get(0).password()));
        return forms.stream().map(form -> create(form, hash)).toList();
    }

    private AccountView create(AccountForm form, String hash) {
        Account saved = accounts.save(new Account(
                null,
                Objects.requireNonNull(form.username()),
                hash,
                form.personId(),
                enabled(form),
                roles(form),
                null,
                null,
                null));
        events.publishEvent(
                new AccountCreated(Objects.requireNonNull(saved.id()), saved.username(), saved.roleSet(), by()));
        return saved.view(null);
    }

    AccountView update(long id, AccountForm form) {
        Account stored = find(id);
        Versions.check("account", form.version(), Objects.requireNonNull(stored.version()), () -> view(stored));
        validate(form, false, id);
        String hash = form.password() == null || form.password().isEmpty()
                ? stored.passwordHash()
                : Objects.requireNonNull(passwords.encode(form.password()));
        Account saved = Versions.save(
                "account",
                () -> accounts.save(new Account(
                        id,
                        Objects.requireNonNull(form.username()),
                        hash,
                        form.personId(),
                        enabled(form),
                        roles(form),
                        stored.language(),
                        stored.timeZone(),
                        form.version())),
                () -> view(find(id)));
        if (!saved.roleSet().equals(stored.roleSet())) {
            events.publishEvent(new AccountRolesChanged(id, saved.username(), stored.roleSet(), saved.roleSet(), by()));
        }
        return view(saved);
    }

    void delete(long id) {
        Account stored = find(id);
        if (stored.roleSet().contains(Role.SECRETARIAT) && secretariatCount() == 1) {
            throw new RecordInUse("This is the last secretariat account; Plenary would have no one to run it.");
        }
        accounts.deleteById(id);
        events.publishEvent(new AccountDeleted(id, stored.username(), by()));
    }

    private long secretariatCount() {
        return accounts.findAll().stream()
                .filter(a -> a.roleSet().contains(Role.SECRETARIAT) && a.enabled())
                .count();
    }

    private Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> new RecordNotFound("Account", id));
    }

    private void validate(AccountForm form, boolean creating, @Nullable Long id) {
        String password = form.password();
        boolean passwordGiven = password != null && !password.isEmpty();
        Rules rules = new Rules();
        if (password != null && passwordGiven) {
            // A list, not Set.of: the two names may both be missing (blank) or the same, and neither is an error here.
            PasswordRules.check(rules, password, Arrays.asList(form.username(), personName(form.personId())));
        }
        rules.required(form.username(), "username")
                .check(
                        form.username() == null
                                || USERNAME.matcher(form.username()).matches(),
                        "username",
                        "format",
                        "must be 3 to 60 lower-case letters, digits, dots, hyphens or underscores")
                .check(
                        form.username() == null
                                || accounts.findByUsername(form.username())
                                        .map(a -> Objects.equals(a.id(), id))
                                        .orElse(true),
                        "username",
                        "unique",
                        "is taken by another account")
                .check(!creating || passwordGiven, "password", "required", "must be given")
                .check(
                        form.roles() != null && !form.roles().isEmpty(),
                        "roles",
                        "required",
                        "must name at least one role")
                .check(
                        form.personId() == null || people.existsById(form.personId()),
                        "personId",
                        "exists",
                        "must name an existing person")
                .enforce();
    }

    private String personName(@Nullable Long personId) {
        return personId == null
                ? ""
                : people.findById(personId).map(Person::name).orElse("");
    }

    private static boolean enabled(AccountForm form) {
        return form.enabled() == null || form.enabled();
    }

    private static Set<Account.AccountRole> roles(AccountForm form) {
        return Objects.requireNonNull(form.roles()).stream()
                .map(Account.AccountRole::new)
                .collect(Collectors.toSet());
    }
}
