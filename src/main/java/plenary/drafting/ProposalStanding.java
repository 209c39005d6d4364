package plenary.drafting;

import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.directory.PersonId;
import plenary.meetings.MeetingId;

/**
 * Where a proposal stands in the study group's record: its text, the meeting it was put forward at, and who
 * supported, opposed and qualified it across the group's meetings. The editor shows it beside the paragraph that
 * cites the proposal; it never goes into the memorandum's text, which is without attribution.
 *
 * @param meeting the meeting in words: "the third and final meeting"
 */
public record ProposalStanding(
        long proposalId,
        String text,
        MeetingId meetingId,
        String meeting,
        String city,
        List<PositionHolder> supporters,
        List<PositionHolder> opponents,
        List<PositionHolder> qualifiers) {

    public ProposalStanding {
        supporters = List.copyOf(supporters);
        opponents = List.copyOf(opponents);
        qualifiers = List.copyOf(qualifiers);
    }

    /** "the third and final meeting, in Vladivostok". */
    public String putForwardAt() {
        return meeting + ", in " + city;
    }

    /**
     * One who took a position on the proposal: the person's name and committee as the directory has them (none
     * where the record names nobody), and the note that says how, where there is one.
     */
    public record PositionHolder(
            @Nullable PersonId personId,
            String name,
            @Nullable String committee,
            @Nullable String note) {}
}
