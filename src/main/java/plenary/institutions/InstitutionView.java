package plenary.institutions;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An institution as other modules see it; related institutions by their ids. */
public record InstitutionView(
        InstitutionId id,
        String name,
        @Nullable String acronym,
        List<String> aliases,
        InstitutionKind kind,
        InstitutionStatus status,
        @Nullable Integer establishedYear,
        @Nullable Integer endedYear,
        List<IssueArea> issueAreas,
        @Nullable String description,
        List<MemberState> members,
        List<InstitutionRelation> relations,
        int version) {

    /** The view without member states and relations, as the first version of this record had it. */
    InstitutionView(
            InstitutionId id,
            String name,
            @Nullable String acronym,
            List<String> aliases,
            InstitutionKind kind,
            InstitutionStatus status,
            @Nullable Integer establishedYear,
            @Nullable Integer endedYear,
            List<IssueArea> issueAreas,
            @Nullable String description,
            int version) {
        this(
                id,
                name,
                acronym,
                aliases,
                kind,
                status,
                establishedYear,
                endedYear,
                issueAreas,
                description,
                List.of(),
                List.of(),
                version);
    }

    /** The short name reports use: the acronym where there is one. */
    public String shortName() {
        return acronym != null && !acronym.isBlank() ? acronym : name;
    }

    /** The form that would save this institution unchanged: the start of an edit. */
    InstitutionForm form() {
        return new InstitutionForm(
                name,
                acronym,
                aliases,
                kind,
                status,
                establishedYear,
                endedYear,
                Set.copyOf(issueAreas),
                description,
                members,
                relations,
                version);
    }
}
