package plenary.institutions;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.CurrentAccount;
import plenary.directory.Role;
import plenary.institutions.internal.Institution;
import plenary.institutions.internal.InstitutionHistory;
import plenary.institutions.internal.InstitutionQueries;
import plenary.institutions.internal.InstitutionRepository;
import plenary.institutions.internal.InstitutionRules;
import plenary.kernel.Deletion;
import plenary.kernel.RecordInUse;
import plenary.kernel.RecordNotFound;
import plenary.kernel.Versions;

/**
 * Keeps the record of institutions: any signed-in account reads it; the secretariat, co-chairs and
 * rapporteurs add, change and delete institutions.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class InstitutionRecords {

    private static final String WRITERS = "hasAnyRole('SECRETARIAT', 'CO_CHAIR', 'RAPPORTEUR')";

    private final InstitutionRepository institutions;
    private final InstitutionQueries queries;
    private final InstitutionHistory history;

    InstitutionRecords(InstitutionRepository institutions, InstitutionQueries queries, InstitutionHistory history) {
        this.institutions = institutions;
        this.queries = queries;
        this.history = history;
    }

    /** The institutions by name, narrowed to those named like the text and dealing with the area, when given. */
    @Transactional(readOnly = true)
    List<InstitutionView> list(@Nullable String text, @Nullable IssueArea area) {
        return queries.matching(text, area);
    }

    /** The institutions that pass every filter given (each one left out, or null, lets all through). */
    @Transactional(readOnly = true)
    List<InstitutionView> list(InstitutionFilter filter) {
        List<InstitutionView> found = filter.asOf() == null ? queries.all() : queries.asOf(filter.asOf());
        return found.stream().filter(filter::admits).toList();
    }

    /** The institution's revisions, first first. */
    @Transactional(readOnly = true)
    List<InstitutionRevision> history(long id) {
        find(id);
        return history.of(id);
    }

    /** Whether the signed-in account may add, change and delete institutions. */
    @Transactional(readOnly = true)
    boolean mayWrite() {
        return CurrentAccount.get()
                .map(a -> a.has(Role.SECRETARIAT) || a.has(Role.CO_CHAIR) || a.has(Role.RAPPORTEUR))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    InstitutionView get(long id) {
        return find(id).view();
    }

    @PreAuthorize(WRITERS)
    public InstitutionView create(InstitutionForm form) {
        InstitutionRules.enforce(null, form, queries.all());
        return recorded(institutions.save(Institution.of(form, null, null)).view());
    }

    @PreAuthorize(WRITERS)
    InstitutionView update(long id, InstitutionForm form) {
        Institution stored = find(id);
        Versions.check("institution", form.version(), Objects.requireNonNull(stored.version()), stored::view);
        InstitutionRules.enforce(id, form, queries.all());
        return recorded(Versions.save(
                        "institution",
                        () -> institutions.save(Institution.of(form, stored, form.version())),
                        () -> find(id).view())
                .view());
    }

    private InstitutionView recorded(InstitutionView saved) {
        String by = CurrentAccount.get().map(a -> a.getUsername()).orElse("plenary");
        history.write(saved, by, Instant.now());
        return saved;
    }

    /**
     * Checks a form as {@link #create} or {@link #update} would, without saving it: for forms that add rules of their
     * own.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(WRITERS)
    void check(@Nullable Long id, InstitutionForm form) {
        InstitutionRules.enforce(id, form, queries.all());
    }

    @PreAuthorize(WRITERS)
    void delete(long id) {
        find(id);
        List<String> relating = queries.relatedFrom(id);
        if (!relating.isEmpty()) {
            throw new RecordInUse("Institution " + id + " is named in the relations of " + String.join(", ", relating)
                    + "; remove those relations first.");
        }
        Deletion.unlessReferenced(
                () -> institutions.deleteById(id),
                "Institution " + id + " is still a subject of interventions or proposals; take it out of them first.");
    }

    private Institution find(long id) {
        return institutions.findById(id).orElseThrow(() -> new RecordNotFound("Institution", id));
    }
}
