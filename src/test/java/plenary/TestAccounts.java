package plenary;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.directory.AccountForm;
import plenary.directory.AccountRecords;
import plenary.directory.CurrentAccount;
import plenary.directory.Nationality;
import plenary.directory.PersonForm;
import plenary.directory.PersonRecords;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.directory.Role;

/** Makes people and accounts for tests, and signs requests in as them with HTTP Basic. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "test-password-1";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Map<Role, Signed> shared = new ConcurrentHashMap<>();
    private final PersonRecords people;
    private final AccountRecords accounts;

    TestAccounts(PersonRecords people, AccountRecords accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    /** The first secretariat account, created at start from the test configuration's password. */
    public static RequestPostProcessor admin() {
        return httpBasic("admin", ADMIN_PASSWORD);
    }

    /** A new person of the given nationality, without account. */
    public PersonView person(String name, Nationality nationality, Pronoun pronoun) {
        return CurrentAccount.asSystem(() ->
                people.create(new PersonForm(name, nationality, "Institute of " + name, null, pronoun, null, null)));
    }

    /**
     * An account with one role, made once per test context and shared: for tests that only need someone of
     * that role (such as access checks), not a particular person.
     */
    public Signed of(Role role) {
        return shared.computeIfAbsent(role, this::account);
    }

    /** A new account with one role, for a new person; returns who it is and how to sign in as it. */
    public Signed account(Role role) {
        PersonView person = person("Tester " + SEQUENCE.incrementAndGet(), Nationality.NZ, Pronoun.THEY);
        return account(role, person);
    }

    /** A new account with one role for an existing person. */
    public Signed account(Role role, PersonView person) {
        String username = "t" + SEQUENCE.incrementAndGet() + "-"
                + role.name().toLowerCase().replace('_', '-');
        CurrentAccount.asSystem(() ->
                accounts.create(new AccountForm(username, PASSWORD, person.id().value(), Set.of(role), true, null)));
        return new Signed(username, person);
    }

    /** A signed-up account and the person it speaks for. */
    public record Signed(String username, PersonView person) {

        public RequestPostProcessor basic() {
            return httpBasic(username, PASSWORD);
        }
    }
}
