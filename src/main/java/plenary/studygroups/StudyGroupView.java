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
        boolean rapporteursDraft,
        ConsensusRule consensusRule,
        @Nullable Integer quorum,
        int version) {

    /** A group whose memorandum goes to the Steering Committee on full consensus. */
    public StudyGroupView(
            StudyGroupId id,
            String title,
            @Nullable String mandate,
            StudyGroupStatus status,
            @Nullable Integer plannedMeetings,
            List<PersonId> coChairIds,
            List<PersonId> rapporteurIds,
            List<CommitteeId> committeeIds,
            boolean rapporteursDraft,
            int version) {
        this(
                id,
                title,
                mandate,
                status,
                plannedMeetings,
                coChairIds,
                rapporteurIds,
                committeeIds,
                rapporteursDraft,
                ConsensusRule.FULL_CONSENSUS,
                null,
                version);
    }

    /** A group whose memorandum only its co-chairs (and the secretariat) edit. */
    public StudyGroupView(
            StudyGroupId id,
            String title,
            @Nullable String mandate,
            StudyGroupStatus status,
            @Nullable Integer plannedMeetings,
            List<PersonId> coChairIds,
            List<PersonId> rapporteurIds,
            List<CommitteeId> committeeIds,
            int version) {
        this(id, title, mandate, status, plannedMeetings, coChairIds, rapporteurIds, committeeIds, false, version);
    }

    /** Whether the person co-chairs the group or is one of its rapporteurs: those who keep its record. */
    public boolean isLedBy(PersonId personId) {
        return coChairIds.contains(personId) || rapporteurIds.contains(personId);
    }

    /** Whether the person may edit the group's memorandum: a co-chair, or a rapporteur where the group allows. */
    public boolean drafts(PersonId personId) {
        return coChairIds.contains(personId) || rapporteursDraft && rapporteurIds.contains(personId);
    }
}
