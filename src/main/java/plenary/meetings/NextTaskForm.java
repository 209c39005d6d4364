package plenary.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;
import plenary.kernel.PlausibleYear;

/**
 * What a record keeper sends to record a next task: what is to be done, by whom ("the Co-Chairs of the Study
 * Group", and the people where known), and by when (a date, or words such as "the next Steering Committee").
 * {@code position} orders the meeting's tasks as {@link InterventionForm#position()} does.
 */
public record NextTaskForm(
        @MaxLength(2000) @PlainText @Nullable String description,
        @MaxLength(300) @PlainText @Nullable String owner,
        @MaxSize(20) List<Long> ownerPersonIds,

        @PlausibleYear @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate dueOn,

        @MaxLength(300) @PlainText @Nullable String dueNote,
        @Nullable Integer position,
        @Nullable Integer version)
        implements MeetingPartForm {

    public NextTaskForm {
        ownerPersonIds =
                ownerPersonIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(ownerPersonIds));
    }
}
