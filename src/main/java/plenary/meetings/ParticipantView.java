package plenary.meetings;

import plenary.directory.PersonId;

/** A person who took part in a meeting, and in what capacity. */
public record ParticipantView(long id, PersonId personId, String name, Capacity capacity, int version) {}
