package plenary.calendars.internal;

import java.time.LocalDate;
import plenary.circulation.CirculationDeadline;
import plenary.endorsement.EndorsementDue;
import plenary.meetings.MeetingSummary;
import plenary.reports.ReviewDeadline;
import plenary.studygroups.StudyGroupView;

/** How each thing a feed holds becomes an event: its uid, summary, place and page. */
final class Entries {

    private Entries() {}

    /** A meeting as its study group's people see it: named, with its place in the series and its page. */
    static FeedEntry meeting(MeetingSummary m, StudyGroupView group) {
        String series = m.ordinalWords() + " of " + group.title();
        String summary = m.title() == null ? capitalised(series) : m.title() + " (" + series + ")";
        return FeedEntry.days(
                meetingUid(m), summary, m.startsOn(), lastDay(m), place(m), "/meetings/" + m.id().value());
    }

    /** A meeting as the public sees it: its place in the series, its dates and place, and its published report. */
    static FeedEntry publicMeeting(MeetingSummary m, StudyGroupView group) {
        return FeedEntry.days(
                meetingUid(m),
                capitalised(m.ordinalWords() + " of " + group.title()),
                m.startsOn(),
                lastDay(m),
                place(m),
                "/reports/" + m.id().value());
    }

    static FeedEntry review(ReviewDeadline r, MeetingSummary m, StudyGroupView group) {
        return FeedEntry.deadline(
                "review-" + r.reviewId() + "@plenary",
                "Suggestions due: report of " + m.ordinalWords() + " of " + group.title(),
                r.deadline(),
                "/meetings/" + m.id().value() + "/report");
    }

    static FeedEntry circulation(CirculationDeadline c, StudyGroupView group) {
        return FeedEntry.deadline(
                "circulation-" + c.id() + "@plenary",
                "Comments due: memorandum of " + group.title() + ", version " + c.version(),
                c.deadline(),
                "/memoranda/" + c.memorandumId().value() + "/circulations/" + c.id());
    }

    static FeedEntry endorsement(EndorsementDue due, StudyGroupView group) {
        return FeedEntry.deadline(
                "endorsement-" + due.roundId() + "@plenary",
                "Endorsement due: memorandum of " + group.title() + ", version " + due.version(),
                due.askedAt(),
                "/memoranda/" + due.memorandumId().value() + "/endorsement");
    }

    private static String meetingUid(MeetingSummary m) {
        return "meeting-" + m.id().value() + "@plenary";
    }

    private static LocalDate lastDay(MeetingSummary m) {
        return m.endsOn() == null ? m.startsOn() : m.endsOn();
    }

    private static String place(MeetingSummary m) {
        return m.city() + ", " + m.country().country();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
