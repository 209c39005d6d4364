package plenary.meetings.internal;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import plenary.meetings.PositionStance;

/** A proposal as stored, with the positions taken on it. */
@Table("proposal")
public record Proposal(
        @Id Long id,
        Long meetingId,
        Long interventionId,
        @Column("proposal_text") String text,

        @MappedCollection(idColumn = "proposal_id", keyColumn = "idx")
        List<Position> positions,

        @Version Integer version)
        implements MeetingPart {

    /** A position taken on the proposal, as stored. */
    @Table("proposal_position")
    public record Position(PositionStance stance, Long personId, Long interventionId, String note) {}
}
