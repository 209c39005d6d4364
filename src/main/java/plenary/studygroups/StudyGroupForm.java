package plenary.studygroups;

import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/**
 * What the secretariat sends to create or change a study group; {@code version} is required on change.
 * {@code rapporteursDraft} lets the group's rapporteurs edit its memorandum beside the co-chairs; absent is no.
 * {@code consensusRule} decides when its memorandum may go to the Steering Committee (absent is full consensus);
 * {@code quorum}, the committees that must endorse under {@link ConsensusRule#QUORUM}, is kept for that rule only.
 */
public record StudyGroupForm(
        @MaxLength(300) @PlainText @Nullable String title,
        @MaxLength(4000) @PlainText @Nullable String mandate,
        @Nullable StudyGroupStatus status,
        @Nullable Integer plannedMeetings,
        @MaxSize(20) @Nullable List<Long> coChairIds,
        @MaxSize(20) @Nullable List<Long> rapporteurIds,
        @MaxSize(50) @Nullable List<Long> committeeIds,
        @Nullable Boolean rapporteursDraft,
        @Nullable ConsensusRule consensusRule,
        @Nullable Integer quorum,
        @Nullable Integer version) {

    /** A form that leaves the group's rule as full consensus. */
    public StudyGroupForm(
            @Nullable String title,
            @Nullable String mandate,
            @Nullable StudyGroupStatus status,
            @Nullable Integer plannedMeetings,
            @Nullable List<Long> coChairIds,
            @Nullable List<Long> rapporteurIds,
            @Nullable List<Long> committeeIds,
            @Nullable Boolean rapporteursDraft,
            @Nullable Integer version) {
        this(
                title,
                mandate,
                status,
                plannedMeetings,
                coChairIds,
                rapporteurIds,
                committeeIds,
                rapporteursDraft,
                null,
                null,
                version);
    }

    /** A form that leaves the rapporteurs out of the memorandum's drafting. */
    public StudyGroupForm(
            @Nullable String title,
            @Nullable String mandate,
            @Nullable StudyGroupStatus status,
            @Nullable Integer plannedMeetings,
            @Nullable List<Long> coChairIds,
            @Nullable List<Long> rapporteurIds,
            @Nullable List<Long> committeeIds,
            @Nullable Integer version) {
        this(
                title,
                mandate,
                status,
                plannedMeetings,
                coChairIds,
                rapporteurIds,
                committeeIds,
                null,
                null,
                null,
                version);
    }
}
