package plenary.meetings.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A session as stored, with its objectives in order. */
@Table("meeting_session")
public record Session(
        @Id @Nullable Long id,
        Long meetingId,
        @Column("session_number") int number,
        String theme,

        @MappedCollection(idColumn = "session_id", keyColumn = "idx")
        List<Objective> objectives,

        @Nullable Long chairPersonId,
        @Version @Nullable Integer version)
        implements MeetingPart {

    /** One numbered objective of a session: "(1) reviewed a variety of multilateral institutions …". */
    @Table("session_objective")
    public record Objective(String objective) {}

    public List<String> objectiveTexts() {
        return objectives.stream().map(Objective::objective).toList();
    }
}
