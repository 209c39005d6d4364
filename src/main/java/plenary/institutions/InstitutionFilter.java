package plenary.institutions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a list of institutions is narrowed to: a kind, a status, a member state, an issue area, and the day it
 * is seen as of (then only what existed that day, with the members of that day); each may be left out.
 */
record InstitutionFilter(
        @Nullable InstitutionKind kind,
        @Nullable InstitutionStatus status,
        @Nullable String member,
        @Nullable IssueArea issueArea,
        @Nullable LocalDate asOf) {

    boolean admits(InstitutionView institution) {
        return (kind == null || institution.kind() == kind)
                && (status == null || institution.status() == status)
                && (issueArea == null || institution.issueAreas().contains(issueArea))
                && (member == null || institution.members().stream().anyMatch(m -> member.equals(m.country())));
    }
}
