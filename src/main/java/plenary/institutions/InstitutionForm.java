package plenary.institutions;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/**
 * What a writer sends to create or change an institution; lists may be left out (as empty), and
 * {@code version} is required on change.
 */
public record InstitutionForm(
        @MaxLength(200) @PlainText String name,
        @MaxLength(40) @PlainText String acronym,
        @MaxSize(30) List<@MaxLength(200) @PlainText String> aliases,
        InstitutionKind kind,
        InstitutionStatus status,
        Integer establishedYear,
        Integer endedYear,
        @MaxSize(50) Set<IssueArea> issueAreas,
        @MaxLength(4000) @PlainText String description,
        @MaxSize(250) List<@Valid MemberState> members,
        @MaxSize(50) List<InstitutionRelation> relations,
        Integer version) {

    public InstitutionForm {
        aliases = aliases == null ? List.of() : aliases;
        issueAreas = issueAreas == null ? Set.of() : issueAreas;
        members = members == null ? List.of() : members;
        relations = relations == null ? List.of() : relations;
    }
}
