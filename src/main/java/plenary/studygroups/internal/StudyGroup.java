package plenary.studygroups.internal;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import plenary.directory.CommitteeId;
import plenary.directory.PersonId;
import plenary.studygroups.ConsensusRule;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupStatus;
import plenary.studygroups.StudyGroupView;

/** A study group as stored, with its co-chairs, rapporteurs and committees in the order given. */
@Table("study_group")
public record StudyGroup(
        @Id @Nullable Long id,
        String title,
        @Nullable String mandate,
        StudyGroupStatus status,
        @Nullable Integer plannedMeetings,

        @MappedCollection(idColumn = "study_group_id", keyColumn = "list_index")
        List<CoChair> coChairs,

        @MappedCollection(idColumn = "study_group_id", keyColumn = "list_index")
        List<Rapporteur> rapporteurs,

        @MappedCollection(idColumn = "study_group_id", keyColumn = "list_index")
        List<Participation> committees,

        boolean rapporteursDraft,
        ConsensusRule consensusRule,
        @Nullable Integer quorum,

        @Version @Nullable Integer version) {

    /** A record to save: {@code id} and {@code version} are null for a new one. */
    public static StudyGroup of(
            @Nullable Long id,
            String title,
            @Nullable String mandate,
            StudyGroupStatus status,
            @Nullable Integer plannedMeetings,
            List<Long> coChairIds,
            List<Long> rapporteurIds,
            List<Long> committeeIds,
            boolean rapporteursDraft,
            ConsensusRule consensusRule,
            @Nullable Integer quorum,
            @Nullable Integer version) {
        return new StudyGroup(
                id,
                title,
                mandate,
                status,
                plannedMeetings,
                coChairIds.stream().map(CoChair::new).toList(),
                rapporteurIds.stream().map(Rapporteur::new).toList(),
                committeeIds.stream().map(Participation::new).toList(),
                rapporteursDraft,
                consensusRule,
                quorum,
                version);
    }

    public StudyGroupView view() {
        return new StudyGroupView(
                new StudyGroupId(Objects.requireNonNull(id)),
                title,
                mandate,
                status,
                plannedMeetings,
                coChairs.stream().map(c -> new PersonId(c.personId())).toList(),
                rapporteurs.stream().map(r -> new PersonId(r.personId())).toList(),
                committees.stream().map(c -> new CommitteeId(c.committeeId())).toList(),
                rapporteursDraft,
                consensusRule,
                quorum,
                Objects.requireNonNull(version));
    }

    /** A person who co-chairs the group. */
    @Table("study_group_co_chair")
    record CoChair(Long personId) {}

    /** A person who records the group's sessions. */
    @Table("study_group_rapporteur")
    record Rapporteur(Long personId) {}

    /** A member committee that takes part in the group. */
    @Table("study_group_committee")
    record Participation(Long committeeId) {}
}
