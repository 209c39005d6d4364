package plenary.meetings;

/** A person who took part in a meeting, and in what capacity. */
public record ParticipantView(long id, long personId, String name, Capacity capacity, int version) {}
