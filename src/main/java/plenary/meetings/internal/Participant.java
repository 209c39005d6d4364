package plenary.meetings.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import plenary.meetings.Capacity;

/** A person's part in a meeting, as stored. */
@Table("meeting_participant")
public record Participant(
        @Id @Nullable Long id,
        Long meetingId,
        Long personId,
        Capacity capacity,
        @Version @Nullable Integer version) implements MeetingPart {}
