package plenary.institutions;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/**
 * What a writer sends to create or change an institution; lists may be left out (as empty), and
 * {@code version} is required on change.
 */
public record InstitutionForm(
        @MaxLength(200) @PlainText @Nullable String name,
        @MaxLength(40) @PlainText @Nullable String acronym,
        @MaxSize(30) List<@MaxLength(200) @PlainText String> aliases,
        @Nullable InstitutionKind kind,
        @Nullable InstitutionStatus status,
        @Nullable Integer establishedYear,
        @Nullable Integer endedYear,
        @MaxSize(50) Set<IssueArea> issueAreas,
        @MaxLength(4000) @PlainText @Nullable String description,
        @MaxSize(250) List<@Valid MemberState> members,
        @MaxSize(50) List<InstitutionRelation> relations,
        @Nullable Integer version) {

    // A client may leave a list out, and Jackson then passes null: it is made empty here, so that the lists
    // are never null once the form exists.
    public InstitutionForm {
        aliases = aliases == null ? List.of() : aliases;
        issueAreas = issueAreas == null ? Set.of() : issueAreas;
        members = members == null ? List.of() : members;
        relations = relations == null ? List.of() : relations;
    }
}
