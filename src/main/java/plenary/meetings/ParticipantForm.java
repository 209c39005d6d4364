package plenary.meetings;

/** What a record keeper sends to record that a person took part in a meeting, and in what capacity. */
public record ParticipantForm(Long personId, Capacity capacity, Integer version) implements MeetingPartForm {}
