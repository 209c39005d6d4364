package plenary.studygroups;

import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/** What the secretariat sends to create or change a study group; {@code version} is required on change. */
public record StudyGroupForm(
        @MaxLength(300) @PlainText @Nullable String title,
        @MaxLength(4000) @PlainText @Nullable String mandate,
        @Nullable StudyGroupStatus status,
        @Nullable Integer plannedMeetings,
        @MaxSize(20) @Nullable List<Long> coChairIds,
        @MaxSize(20) @Nullable List<Long> rapporteurIds,
        @MaxSize(50) @Nullable List<Long> committeeIds,
        @Nullable Integer version) {}
