package plenary.meetings.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import plenary.institutions.IssueArea;
import plenary.meetings.AttributionRule;
import plenary.meetings.InterventionKind;
import plenary.meetings.LinkKind;
import plenary.meetings.Stance;
import plenary.meetings.Subjects;

/** An intervention as stored, with its subjects and links in order. */
@Table("intervention")
public record Intervention(
        @Id @Nullable Long id,
        Long meetingId,
        Long sessionId,
        int position,
        @Nullable Long speakerPersonId,
        InterventionKind kind,
        String summary,
        @Nullable String paperTitle,
        @Nullable Stance stance,
        @Nullable AttributionRule speakerDescribedBy,

        @MappedCollection(idColumn = "intervention_id", keyColumn = "idx")
        List<InstitutionRef> institutions,

        @MappedCollection(idColumn = "intervention_id", keyColumn = "idx")
        List<IssueAreaRef> issueAreas,

        @MappedCollection(idColumn = "intervention_id", keyColumn = "idx")
        List<LinkRow> links,

        @Version @Nullable Integer version)
        implements MeetingPart {

    /** An institution the intervention is about. */
    @Table("intervention_institution")
    public record InstitutionRef(Long institutionId) {}

    /** An issue area the intervention is about. */
    @Table("intervention_issue_area")
    public record IssueAreaRef(IssueArea issueArea) {}

    /** A link of the intervention to another (responds to, disagrees with …), as stored. */
    @Table("intervention_link")
    public record LinkRow(LinkKind kind, Long targetId) {}

    public Subjects subjects() {
        return new Subjects(
                institutions.stream().map(InstitutionRef::institutionId).toList(),
                issueAreas.stream().map(IssueAreaRef::issueArea).toList());
    }

    public Intervention at(int newPosition) {
        return new Intervention(
                id,
                meetingId,
                sessionId,
                newPosition,
                speakerPersonId,
                kind,
                summary,
                paperTitle,
                stance,
                speakerDescribedBy,
                institutions,
                issueAreas,
                links,
                version);
    }
}
