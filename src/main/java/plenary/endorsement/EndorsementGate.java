package plenary.endorsement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.CurrentAccount;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.Role;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumView;
import plenary.kernel.RecordNotFound;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * Who may do what on the road to publication: those who draft the memorandum ask for endorsement and submit it; a
 * representative of a participating member committee answers for it; a member of the Steering Committee (or the
 * secretariat) records its decision; the secretariat publishes.
 */
@Component
class EndorsementGate {

    private final Memoranda memoranda;
    private final StudyGroups groups;
    private final Directory directory;

    EndorsementGate(Memoranda memoranda, StudyGroups groups, Directory directory) {
        this.memoranda = memoranda;
        this.groups = groups;
        this.directory = directory;
    }

    /** The memorandum, for signed-in readers. */
    MemorandumView memorandum(long id) {
        return memoranda.find(id);
    }

    StudyGroupView group(MemorandumView memorandum) {
        return groups.find(memorandum.studyGroupId())
                .orElseThrow(() -> new RecordNotFound(
                        "Study group", memorandum.studyGroupId().value()));
    }

    void requireDrafter(MemorandumView memorandum) {
        if (!memoranda.mayDraft(memorandum.id().value())) {
            throw new AccessDeniedException(
                    "Only those who draft the memorandum (its co-chairs, and the secretariat) ask for endorsement"
                            + " and submit it.");
        }
    }

    /** The participating committee the one signed in represents, if any. */
    Optional<CommitteeView> speaksFor(StudyGroupView group) {
        Optional<PersonId> person = CurrentAccount.personId().map(PersonId::new);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        // The representatives of every committee in one statement, not one a committee.
        Map<CommitteeId, List<PersonView>> representatives = directory.representatives(group.committeeIds());
        return group.committeeIds().stream()
                .filter(c ->
                        representatives.getOrDefault(c, List.of()).stream().anyMatch(r -> r.id().equals(person.get())))
                .findFirst()
                .flatMap(directory::committee);
    }

    CommitteeView requireRepresentative(StudyGroupView group) {
        return speaksFor(group)
                .orElseThrow(
                        () -> new AccessDeniedException(
                                "Only the representative of a member committee taking part in the study group answers for it."));
    }

    static boolean maySteer() {
        return CurrentAccount.isSecretariat()
                || CurrentAccount.get()
                        .map(a -> a.has(Role.STEERING_COMMITTEE_MEMBER))
                        .orElse(false);
    }

    static void requireSteering() {
        if (!maySteer()) {
            throw new AccessDeniedException(
                    "Only members of the Steering Committee and the secretariat record its decision.");
        }
    }

    static void requireSecretariat() {
        if (!CurrentAccount.isSecretariat()) {
            throw new AccessDeniedException("Only the secretariat publishes memoranda in the organisation's series.");
        }
    }

    static String who() {
        return CurrentAccount.get().map(a -> a.getUsername()).orElse("plenary");
    }
}
