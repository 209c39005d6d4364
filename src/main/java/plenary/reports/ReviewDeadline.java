package plenary.reports;

import java.time.Instant;
import plenary.meetings.MeetingId;

/** A review of a meeting's report still open: the version sent to the meeting's participants and its deadline. */
public record ReviewDeadline(MeetingId meetingId, long reviewId, int version, Instant deadline) {}
