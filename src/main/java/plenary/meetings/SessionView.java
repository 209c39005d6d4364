package plenary.meetings;

import java.util.List;

/**
 * A session of a meeting: its number, theme, numbered objectives, chair (in a named record only) and its
 * interventions in order. Answers to writes on a session leave the interventions out.
 */
public record SessionView(
        long id,
        int number,
        String theme,
        List<String> objectives,
        Long chairPersonId,
        String chair,
        List<InterventionView> interventions,
        int version) {}
