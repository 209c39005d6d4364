package plenary.directory;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.internal.Committee;
import plenary.directory.internal.CommitteeRepository;
import plenary.directory.internal.PersonRepository;
import plenary.kernel.Deletion;
import plenary.kernel.RecordInUse;
import plenary.kernel.RecordNotFound;
import plenary.kernel.Rules;
import plenary.kernel.Versions;

/**
 * The secretariat's keeping of committees: creating, changing and deleting them. Other modules read them through
 * {@link Directory}.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SECRETARIAT')")
public class CommitteeRecords {

    private final CommitteeRepository committees;
    private final PersonRepository people;

    CommitteeRecords(CommitteeRepository committees, PersonRepository people) {
        this.committees = committees;
        this.people = people;
    }

    @Transactional(readOnly = true)
    List<CommitteeView> all() {
        return committees.findAllByOrderByName().stream().map(Committee::view).toList();
    }

    @Transactional(readOnly = true)
    CommitteeView get(long id) {
        return find(id).view();
    }

    public CommitteeView create(CommitteeForm form) {
        validate(form);
        return committees
                .save(new Committee(
                        null,
                        Objects.requireNonNull(form.name()).strip(),
                        blankToNull(form.acronym()),
                        Objects.requireNonNull(form.kind()),
                        form.country(),
                        null))
                .view();
    }

    CommitteeView update(long id, CommitteeForm form) {
        Committee stored = find(id);
        Versions.check("committee", form.version(), Objects.requireNonNull(stored.version()), stored::view);
        validate(form);
        return Versions.save(
                        "committee",
                        () -> committees.save(new Committee(
                                id,
                                Objects.requireNonNull(form.name()).strip(),
                                blankToNull(form.acronym()),
                                Objects.requireNonNull(form.kind()),
                                form.country(),
                                form.version())),
                        () -> find(id).view())
                .view();
    }

    void delete(long id) {
        find(id);
        if (people.existsByCommitteeId(id)) {
            throw new RecordInUse("Committee " + id + " still has members; move or delete them first.");
        }
        Deletion.unlessReferenced(
                () -> committees.deleteById(id),
                "Committee " + id + " still takes part in a study "
                        + "group or hosted a meeting; take it out there first.");
    }

    private Committee find(long id) {
        return committees.findById(id).orElseThrow(() -> new RecordNotFound("Committee", id));
    }

    private static void validate(CommitteeForm form) {
        new Rules()
                .required(form.name(), "name")
                .maxLength(form.name(), 200, "name")
                .maxLength(form.acronym(), 40, "acronym")
                .required(form.kind(), "kind")
                .enforce();
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
