package plenary.studygroups;

import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/**
 * What the secretariat sends to create or change a study group; {@code version} is required on change.
 * {@code rapporteursDraft} lets the group's rapporteurs edit its memorandum beside the co-chairs; absent is no.
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
        @Nullable Integer version) {

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
        this(title, mandate, status, plannedMeetings, coChairIds, rapporteurIds, committeeIds, null, version);
    }
}
