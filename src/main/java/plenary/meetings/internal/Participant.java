package plenary.meetings.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import plenary.meetings.Capacity;

/** A person's part in a meeting, as stored. */
@Table("meeting_participant")
public record Participant(
        @Id Long id,
        Long meetingId,
        Long personId,
        Capacity capacity,
        @Version Integer version) implements MeetingPart {}
