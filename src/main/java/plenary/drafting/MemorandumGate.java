package plenary.drafting;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import plenary.directory.CurrentAccount;
import plenary.directory.PersonId;
import plenary.drafting.internal.MemorandumStore;
import plenary.drafting.internal.StoredMemorandum;
import plenary.kernel.RecordNotFound;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * Who may do what with a memorandum. Signed-in accounts read it; its study group's co-chairs and the secretariat
 * draft it, and its rapporteurs too where the group lets them.
 */
@Component
class MemorandumGate {

    private final MemorandumStore store;
    private final StudyGroups groups;

    MemorandumGate(MemorandumStore store, StudyGroups groups) {
        this.store = store;
        this.groups = groups;
    }

    StoredMemorandum readable(long id) {
        requireReader();
        return find(id);
    }

    StoredMemorandum draftable(long id) {
        StoredMemorandum memorandum = find(id);
        requireDrafter(group(memorandum.studyGroupId()));
        return memorandum;
    }

    StudyGroupView group(long studyGroupId) {
        return groups.find(new StudyGroupId(studyGroupId))
                .orElseThrow(() -> new RecordNotFound("Study group", studyGroupId));
    }

    boolean mayDraft(StudyGroupView group) {
        return CurrentAccount.isSecretariat()
                || CurrentAccount.personId()
                        .map(p -> group.drafts(new PersonId(p)))
                        .orElse(false);
    }

    void requireDrafter(StudyGroupView group) {
        if (!mayDraft(group)) {
            throw new AccessDeniedException("Only the study group's co-chairs and the secretariat draft its memorandum"
                    + (group.rapporteursDraft() ? ", with its rapporteurs." : "."));
        }
    }

    void requireReader() {
        if (CurrentAccount.get().isEmpty()) {
            throw new AccessDeniedException("Memoranda are for signed-in accounts.");
        }
    }

    static String who() {
        return CurrentAccount.get().map(a -> a.getUsername()).orElse("plenary");
    }

    private StoredMemorandum find(long id) {
        return store.find(id).orElseThrow(() -> new RecordNotFound("Memorandum", id));
    }
}
