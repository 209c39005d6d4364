package plenary.positions;

import org.jspecify.annotations.Nullable;
import plenary.meetings.InterventionKind;

/**
 * An intervention that assessed an institution or issue area: the meeting, the speaker as its attribution rule lets
 * the reader see them (null where the record names no speaker: "an opinion was expressed"), and a short excerpt.
 */
public record Assessment(
        MeetingRef meeting, long interventionId, @Nullable String speaker, InterventionKind kind, String excerpt) {}
