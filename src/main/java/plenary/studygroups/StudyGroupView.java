package plenary.studygroups;

import java.util.List;

/** A study group as other modules see it; people and committees by their directory ids. */
public record StudyGroupView(
        long id,
        String title,
        String mandate,
        StudyGroupStatus status,
        Integer plannedMeetings,
        List<Long> coChairIds,
        List<Long> rapporteurIds,
        List<Long> committeeIds,
        int version) {

    /** Whether the person co-chairs the group or is one of its rapporteurs: those who keep its record. */
    public boolean isLedBy(long personId) {
        return coChairIds.contains(personId) || rapporteurIds.contains(personId);
    }
}
