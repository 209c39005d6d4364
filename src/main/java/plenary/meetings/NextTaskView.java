package plenary.meetings;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
        @Nullable List<PersonId> ownerPersonIds,
        @Nullable List<String> ownerNames,
        @Nullable LocalDate dueOn,
        @Nullable String dueNote,
        int version) {}
