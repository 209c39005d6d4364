package plenary.studygroups;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.Directory;
import plenary.kernel.Deletion;
import plenary.kernel.RecordNotFound;
import plenary.kernel.Rules;
import plenary.kernel.Versions;
import plenary.studygroups.internal.StudyGroup;
import plenary.studygroups.internal.StudyGroupRepository;
import plenary.studygroups.internal.StudyGroupRules;

/** The secretariat's keeping of study groups: creating, changing and deleting them. */
@Service
@Transactional
@PreAuthorize("hasRole('SECRETARIAT')")
public class StudyGroupRecords {

    private final StudyGroupRepository groups;
    private final Directory directory;

    StudyGroupRecords(StudyGroupRepository groups, Directory directory) {
        this.groups = groups;
        this.directory = directory;
    }

    public StudyGroupView create(StudyGroupForm form) {
        StudyGroupForm tidy = StudyGroupRules.tidy(form);
        validate(null, tidy);
        return groups.save(stored(null, tidy, null)).view();
    }

    StudyGroupView update(long id, StudyGroupForm form) {
        StudyGroup current = find(id);
        Versions.check("study group", form.version(), Objects.requireNonNull(current.version()), current::view);
        StudyGroupForm tidy = StudyGroupRules.tidy(form);
        validate(id, tidy);
        return Versions.save("study group", () -> groups.save(stored(id, tidy, form.version())), () -> find(id).view())
                .view();
    }

    /** Deletes the group; one that still has meetings is refused, as the meetings' records need it. */
    void delete(long id) {
        find(id);
        Deletion.unlessReferenced(
                () -> groups.deleteById(id), "Study group " + id + " still has meetings; delete them first.");
    }

    private void validate(@Nullable Long id, StudyGroupForm form) {
        Rules rules = StudyGroupRules.check(form, directory);
        if (form.title() != null) {
            boolean taken = groups.idsTitled(form.title()).stream().anyMatch(other -> !other.equals(id));
            rules.check(!taken, "title", "unique", "is already the title of another study group");
        }
        rules.enforce();
    }

    private StudyGroup find(long id) {
        return groups.findById(id).orElseThrow(() -> new RecordNotFound("Study group", id));
    }

    private static StudyGroup stored(@Nullable Long id, StudyGroupForm form, @Nullable Integer version) {
        return StudyGroup.of(
                id,
                // validate() refused a form without title or status; tidy() made absent lists empty.
                Objects.requireNonNull(form.title()),
                form.mandate(),
                Objects.requireNonNull(form.status()),
                form.plannedMeetings(),
                Objects.requireNonNull(form.coChairIds()),
                Objects.requireNonNull(form.rapporteurIds()),
                Objects.requireNonNull(form.committeeIds()),
                Boolean.TRUE.equals(form.rapporteursDraft()),
                Objects.requireNonNullElse(form.consensusRule(), ConsensusRule.FULL_CONSENSUS),
                form.quorum(),
                version);
    }
}
