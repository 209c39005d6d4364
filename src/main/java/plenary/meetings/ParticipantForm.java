package plenary.meetings;

import org.jspecify.annotations.Nullable;

/** What a record keeper sends to record that a person took part in a meeting, and in what capacity. */
public record ParticipantForm(
        @Nullable Long personId,
        @Nullable Capacity capacity,
        @Nullable Integer version) implements MeetingPartForm {}
