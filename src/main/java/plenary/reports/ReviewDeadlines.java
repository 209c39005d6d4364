package plenary.reports;

import java.util.Collection;
import java.util.List;
import plenary.meetings.MeetingId;

/**
 * What other modules (calendars) may read of the reports' reviews: the open reviews of some meetings' reports, with
 * their deadlines, without asking who is asking; whoever shows them shows each to the meeting's participants.
 */
public interface ReviewDeadlines {

    /** The open reviews of these meetings' reports, the earliest deadline first, in one statement. */
    List<ReviewDeadline> open(Collection<MeetingId> meetings);
}
