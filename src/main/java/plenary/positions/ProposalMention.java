package plenary.positions;

/** A proposal about an institution or issue area: put forward in an intervention whose subjects name it. */
public record ProposalMention(long proposalId, String text, MeetingRef meeting) {}
