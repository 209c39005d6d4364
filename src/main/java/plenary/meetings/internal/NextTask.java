package plenary.meetings.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A next task as stored, with the people who own it. */
@Table("next_task")
public record NextTask(
        @Id @Nullable Long id,
        Long meetingId,
        int position,
        String description,
        String owner,

        @MappedCollection(idColumn = "next_task_id", keyColumn = "idx")
        List<Owner> owners,

        @Nullable LocalDate dueOn,
        @Nullable String dueNote,
        @Version @Nullable Integer version)
        implements MeetingPart {

    /** One owner of the task, as stored. */
    @Table("next_task_owner")
    public record Owner(Long personId) {}

    public List<Long> ownerPersonIds() {
        return owners.stream().map(Owner::personId).toList();
    }

    public NextTask at(int newPosition) {
        return new NextTask(id, meetingId, newPosition, description, owner, owners, dueOn, dueNote, version);
    }
}
