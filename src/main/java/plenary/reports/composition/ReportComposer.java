package plenary.reports.composition;

import java.util.ArrayList;
import java.util.List;
import plenary.documents.Document;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;
import plenary.meetings.MeetingRecord;
import plenary.meetings.NextTaskView;
import plenary.meetings.ProposalView;
import plenary.meetings.SessionView;

/**
 * Writes the report of a meeting from its record, in the form of the seed: a summary (which meeting, when and
 * where, who came, thanks to the host), one passage per session, and the next tasks. Plain Java: the same
 * record always gives the same text.
 */
public final class ReportComposer {

    private ReportComposer() {}

    /** The report of the meeting in the context, with the status line given ("Draft", "Published report no. 2"). */
    public static Document compose(ReportContext context, String status) {
        MeetingRecord meeting = context.meeting();
        SpeakerReferences references = new SpeakerReferences(context);
        SessionPassage passage = new SessionPassage(references, new Sentences(context, references));
        List<Section> sessions = new ArrayList<>();
        for (SessionView session : meeting.sessions()) {
            String eId = "sec_1__sess_" + session.number();
            sessions.add(new Section(
                    eId,
                    "1." + session.number(),
                    "Session " + session.number() + ": " + session.theme(),
                    paragraphs(eId, passage.paragraphs(session)),
                    List.of()));
        }
        List<Paragraph> unattached = paragraphs("sec_1__other", proposalsWithoutIntervention(meeting));
        Section summary = new Section("sec_1", "1", "Summary", summary(context), append(sessions, unattached));
        Section next = new Section(
                "sec_2",
                "2",
                meeting.nextTasks().size() == 1 ? "Next Task" : "Next Tasks",
                nextTasks(meeting),
                List.of());
        return new Document(
                id(meeting),
                "Report of the Meeting of the " + meeting.studyGroupTitle(),
                Wording.date(meeting.startsOn()) + ", " + meeting.city() + ", "
                        + meeting.country().country(),
                meeting.startsOn(),
                meeting.studyGroupTitle(),
                status,
                references.speakers(),
                List.of(summary, next));
    }

    static String id(MeetingRecord meeting) {
        return "study-group-" + meeting.studyGroupId() + "-meeting-" + meeting.ordinal() + "-report";
    }

    private static List<Paragraph> summary(ReportContext context) {
        MeetingRecord m = context.meeting();
        List<String> opening = new ArrayList<>();
        opening.add(Wording.capitalise(m.ordinalWords()) + " of the " + m.studyGroupTitle() + " was held in " + m.city()
                + ", " + m.country().country() + ", on " + Wording.date(m.startsOn()) + ".");
        if (m.attendanceWords() != null) {
            opening.add(m.attendanceWords() + " participated in the meeting.");
        }
        if (m.hostCommittee() != null) {
            boolean several = context.studyGroup().coChairIds().size() > 1;
            opening.add((several ? "The Co-Chairs expressed their" : "The Co-Chair expressed") + " heartfelt thanks to "
                    + m.hostCommittee() + " for its excellent conference arrangements and the hospitality extended to "
                    + "the participants.");
        }
        List<String> paragraphs = new ArrayList<>(List.of(String.join(" ", opening)));
        int sessions = m.sessions().size();
        if (sessions > 0) {
            paragraphs.add(
                    sessions == 1
                            ? "The meeting was held in one session."
                            : "The meeting was divided into " + Wording.number(sessions) + " sessions.");
        }
        return texts("sec_1", paragraphs);
    }

    private static List<List<Span>> proposalsWithoutIntervention(MeetingRecord meeting) {
        List<List<Span>> paragraphs = new ArrayList<>();
        for (ProposalView proposal : meeting.proposals()) {
            if (proposal.interventionId() == null) {
                paragraphs.add(List.of(Span.text("There was also a proposal to " + Wording.sentence(proposal.text()))));
            }
        }
        return paragraphs;
    }

    private static List<Paragraph> nextTasks(MeetingRecord meeting) {
        List<String> paragraphs = new ArrayList<>();
        for (NextTaskView task : meeting.nextTasks()) {
            String text = Wording.sentence(task.description());
            if (task.dueNote() != null && !text.contains(task.dueNote())) {
                text += " This is to be done by " + Wording.sentence(task.dueNote());
            } else if (task.dueOn() != null) {
                text += " This is to be done by " + Wording.date(task.dueOn()) + ".";
            }
            paragraphs.add(text);
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add("The meeting set no further task.");
        }
        return texts("sec_2", paragraphs);
    }

    private static List<Paragraph> texts(String section, List<String> paragraphs) {
        return paragraphs(
                section, paragraphs.stream().map(p -> List.of(Span.text(p))).toList());
    }

    private static List<Paragraph> paragraphs(String section, List<List<Span>> paragraphs) {
        List<Paragraph> result = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            result.add(new Paragraph(section + "__para_" + (i + 1), paragraphs.get(i)));
        }
        return result;
    }

    private static List<Section> append(List<Section> sessions, List<Paragraph> unattached) {
        if (unattached.isEmpty()) {
            return sessions;
        }
        List<Section> all = new ArrayList<>(sessions);
        all.add(new Section("sec_1__other", null, "Other proposals", unattached, List.of()));
        return all;
    }
}
