package plenary.institutions;

import java.util.List;

/** An institution as other modules see it. */
public record InstitutionView(long id, String name, String acronym, List<String> aliases, InstitutionKind kind,
        InstitutionStatus status, Integer establishedYear, Integer endedYear, List<IssueArea> issueAreas,
        String description, int version) {

    /** The short name reports use: the acronym where there is one. */
    public String shortName() {
        return acronym != null && !acronym.isBlank() ? acronym : name;
    }
}
