package plenary.studygroups;

import java.util.List;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/** What the secretariat sends to create or change a study group; {@code version} is required on change. */
public record StudyGroupForm(
        @MaxLength(300) @PlainText String title,
        @MaxLength(4000) @PlainText String mandate,
        StudyGroupStatus status,
        Integer plannedMeetings,
        @MaxSize(20) List<Long> coChairIds,
        @MaxSize(20) List<Long> rapporteurIds,
        @MaxSize(50) List<Long> committeeIds,
        Integer version) {}
