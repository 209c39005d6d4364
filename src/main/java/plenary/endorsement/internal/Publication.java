package plenary.endorsement.internal;

import java.time.LocalDate;

/** A published memorandum as stored: its number in the organisation's series, and the round it came through. */
public record Publication(int number, long memorandumId, long roundId, long studyGroupId, LocalDate publishedOn) {}
