package plenary.positions;

import java.util.List;
import plenary.studygroups.StudyGroupId;

/** A proposal's line in the positions map: its text, where it was put forward, the positions by meeting, its fate. */
public record ProposalPositions(
        long proposalId,
        StudyGroupId studyGroupId,
        String text,
        MeetingRef putForwardAt,
        List<MeetingPositions> byMeeting,
        Outcome outcome) {

    public ProposalPositions {
        byMeeting = List.copyOf(byMeeting);
    }
}
