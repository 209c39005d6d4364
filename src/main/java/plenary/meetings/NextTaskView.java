package plenary.meetings;

import java.time.LocalDate;
import java.util.List;
import plenary.directory.PersonId;

/**
 * What a meeting decided to do next, by whom and by when. The owners' person ids and names are in a named
 * record only; {@code owner} says who in words ("the Co-Chairs of the Study Group").
 */
public record NextTaskView(
        long id,
        int position,
        String description,
        String owner,
        List<PersonId> ownerPersonIds,
        List<String> ownerNames,
        LocalDate dueOn,
        String dueNote,
        int version) {}
