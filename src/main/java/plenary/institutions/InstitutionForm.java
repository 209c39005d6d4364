package plenary.institutions;

import java.util.List;
import java.util.Set;

/**
 * What a writer sends to create or change an institution; lists may be left out (as empty), and
 * {@code version} is required on change.
 */
public record InstitutionForm(String name, String acronym, List<String> aliases, InstitutionKind kind,
        InstitutionStatus status, Integer establishedYear, Integer endedYear, Set<IssueArea> issueAreas,
        String description, List<MemberState> members, List<InstitutionRelation> relations, Integer version) {

    public InstitutionForm {
        aliases = aliases == null ? List.of() : aliases;
        issueAreas = issueAreas == null ? Set.of() : issueAreas;
        members = members == null ? List.of() : members;
        relations = relations == null ? List.of() : relations;
    }
}
