package plenary.positions;

import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.institutions.InstitutionId;
import plenary.institutions.IssueArea;

/**
 * The competing assessments of one subject, side by side: an institution (by id) or an issue area, its name, the
 * interventions that judged it positively, negatively or with mixed views, in the order of the series, and the
 * proposals made about it.
 */
public record SubjectAssessments(
        @Nullable InstitutionId institutionId,
        @Nullable IssueArea issueArea,
        String subject,
        List<Assessment> positive,
        List<Assessment> negative,
        List<Assessment> mixed,
        List<ProposalMention> proposals) {

    public SubjectAssessments {
        positive = List.copyOf(positive);
        negative = List.copyOf(negative);
        mixed = List.copyOf(mixed);
        proposals = List.copyOf(proposals);
    }
}
