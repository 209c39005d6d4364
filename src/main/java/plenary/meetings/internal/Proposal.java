package plenary.meetings.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import plenary.meetings.PositionStance;

/** A proposal as stored, with the positions taken on it. */
@Table("proposal")
public record Proposal(
        @Id @Nullable Long id,
        Long meetingId,
        @Nullable Long interventionId,
        @Column("proposal_text") String text,

        @MappedCollection(idColumn = "proposal_id", keyColumn = "idx")
        List<Position> positions,

        @MappedCollection(idColumn = "proposal_id", keyColumn = "idx")
        List<InstitutionRef> institutions,

        @Version @Nullable Integer version)
        implements MeetingPart {

    /** A position taken on the proposal, as stored. */
    @Table("proposal_position")
    public record Position(
            PositionStance stance,
            @Nullable Long personId,
            @Nullable Long interventionId,
            @Nullable String note) {}

    /** An institution the proposal is about. */
    @Table("proposal_institution")
    public record InstitutionRef(Long institutionId) {}

    public List<Long> institutionIds() {
        return institutions.stream().map(InstitutionRef::institutionId).toList();
    }
}
