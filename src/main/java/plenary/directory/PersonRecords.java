package plenary.directory;

import static plenary.directory.CommitteeRecords.blankToNull;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.internal.AccountRepository;
import plenary.directory.internal.CommitteeRepository;
import plenary.directory.internal.Person;
import plenary.directory.internal.PersonRepository;
import plenary.kernel.Deletion;
import plenary.kernel.RecordInUse;
import plenary.kernel.RecordNotFound;
import plenary.kernel.Rules;
import plenary.kernel.Versions;

/**
 * The secretariat's keeping of the people who take part: creating, changing and deleting them. Other modules read
 * them through {@link Directory}.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SECRETARIAT')")
public class PersonRecords {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final PersonRepository people;
    private final CommitteeRepository committees;
    private final AccountRepository accounts;

    PersonRecords(PersonRepository people, CommitteeRepository committees, AccountRepository accounts) {
        this.people = people;
        this.committees = committees;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    List<PersonView> all() {
        return people.findAllByOrderByName().stream().map(Person::view).toList();
    }

    @Transactional(readOnly = true)
    PersonView get(long id) {
        return find(id).view();
    }

    public PersonView create(PersonForm form) {
        validate(form);
        return people.save(person(null, form, null)).view();
    }

    PersonView update(long id, PersonForm form) {
        Person stored = find(id);
        Versions.check("person", form.version(), Objects.requireNonNull(stored.version()), stored::view);
        validate(form);
        return Versions.save("person", () -> people.save(person(id, form, form.version())), () -> find(id).view())
                .view();
    }

    void delete(long id) {
        find(id);
        if (accounts.existsByPersonId(id)) {
            throw new RecordInUse("Person " + id + " still has an account; delete the account first.");
        }
        Deletion.unlessReferenced(
                () -> people.deleteById(id),
                "Person " + id + " is still named in a study group, a "
                        + "meeting or a report; take them out there first.");
    }

    private static Person person(@Nullable Long id, PersonForm form, @Nullable Integer version) {
        return new Person(
                id,
                Objects.requireNonNull(form.name()).strip(),
                Objects.requireNonNull(form.nationality()),
                blankToNull(form.affiliation()),
                form.committeeId(),
                Objects.requireNonNull(form.pronoun()),
                blankToNull(form.email()),
                version);
    }

    private Person find(long id) {
        return people.findById(id).orElseThrow(() -> new RecordNotFound("Person", id));
    }

    private void validate(PersonForm form) {
        String email = blankToNull(form.email());
        new Rules()
                .required(form.name(), "name")
                .maxLength(form.name(), 200, "name")
                .required(form.nationality(), "nationality")
                .required(form.pronoun(), "pronoun")
                .maxLength(form.affiliation(), 300, "affiliation")
                .maxLength(email, 254, "email")
                .check(email == null || EMAIL.matcher(email).matches(), "email", "email", "must be an e-mail address")
                .check(
                        form.committeeId() == null || committees.existsById(form.committeeId()),
                        "committeeId",
                        "exists",
                        "must name an existing committee")
                .enforce();
    }
}
