package plenary.studygroups;

import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeId;
import plenary.directory.PersonId;

/** A study group as other modules see it; people and committees by their directory ids. */
public record StudyGroupView(
        StudyGroupId id,
        String title,
        @Nullable String mandate,
        StudyGroupStatus status,
        @Nullable Integer plannedMeetings,
        List<PersonId> coChairIds,
        List<PersonId> rapporteurIds,
        List<CommitteeId> committeeIds,
        int version) {

    /** Whether the person co-chairs the group or is one of its rapporteurs: those who keep its record. */
    public boolean isLedBy(PersonId personId) {
        return coChairIds.contains(personId) || rapporteurIds.contains(personId);
    }
}
