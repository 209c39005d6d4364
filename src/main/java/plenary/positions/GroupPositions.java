package plenary.positions;

import java.util.List;
import plenary.studygroups.StudyGroupId;

/**
 * A study group's positions map: every proposal of its meetings with its positions and fate, and the assessments
 * of each institution, then of each issue area, that its meetings' interventions name with a stance or a proposal.
 */
public record GroupPositions(
        StudyGroupId studyGroupId,
        String studyGroupTitle,
        List<ProposalPositions> proposals,
        List<SubjectAssessments> institutions,
        List<SubjectAssessments> issueAreas) {

    public GroupPositions {
        proposals = List.copyOf(proposals);
        institutions = List.copyOf(institutions);
        issueAreas = List.copyOf(issueAreas);
    }
}
