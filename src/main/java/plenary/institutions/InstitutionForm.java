package plenary.institutions;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/**
 * What a writer sends to create or change an institution; lists may be left out (as empty), and
 * {@code version} is required on change. Sources are optional (a quick edit), but a source given is whole, and
 * {@code sourceIndex}, a member's and a relation's point at one of them (from 0).
 */
public record InstitutionForm(
        @MaxLength(200) @PlainText @Nullable String name,
        @MaxLength(40) @PlainText @Nullable String acronym,
        @MaxSize(30) List<@MaxLength(200) @PlainText String> aliases,
        @Nullable InstitutionKind kind,
        @Nullable InstitutionStatus status,
        @Nullable LocalDate foundedOn,
        @Nullable LocalDate endedOn,
        @MaxSize(50) Set<IssueArea> issueAreas,
        @MaxLength(4000) @PlainText @Nullable String description,
        @Nullable Integer sourceIndex,
        @MaxSize(50) List<@Valid InstitutionSource> sources,
        @MaxSize(250) List<@Valid MemberState> members,
        @MaxSize(50) List<InstitutionRelation> relations,
        @Nullable Integer version) {

    // A client may leave a list out, and Jackson then passes null: it is made empty here, so that the lists
    // are never null once the form exists.
    public InstitutionForm {
        aliases = aliases == null ? List.of() : aliases;
        issueAreas = issueAreas == null ? Set.of() : issueAreas;
        sources = sources == null ? List.of() : sources;
        members = members == null ? List.of() : members;
        relations = relations == null ? List.of() : relations;
    }
}
