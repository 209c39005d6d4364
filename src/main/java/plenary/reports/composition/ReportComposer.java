package plenary.reports.composition;

import java.util.ArrayList;
import java.util.List;
import plenary.documents.Document;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;
import plenary.meetings.Findings;
import plenary.meetings.HouseStyle;
import plenary.meetings.MeetingRecord;
import plenary.meetings.NextTaskView;
import plenary.meetings.ProposalView;
import plenary.meetings.SessionNumbering;
import plenary.meetings.SessionView;

/**
 * Writes the report of a meeting from its record, in the form of the seed and the meeting's house style: a summary
 * (which meeting, when and where, who came, the thanks the record says were given), one passage per session, and
 * the next tasks where the meeting set any. Plain Java: the same record always gives the same text.
 */
public final class ReportComposer {

    private ReportComposer() {}

    /** The report of the meeting in the context, with the status line given ("Draft", "Published report no. 2"). */
    public static Document compose(ReportContext context, String status) {
        MeetingRecord meeting = context.meeting();
        SpeakerReferences references = new SpeakerReferences(context);
        SessionPassage passage = new SessionPassage(references, new Sentences(context, references));
        HouseStyle style = meeting.houseStyle();
        List<Section> sessions = new ArrayList<>();
        for (SessionView session : meeting.sessions()) {
            String eId = "sec_1__sess_" + session.number();
            List<Paragraph> paragraphs = paragraphs(
                    eId, passage.paragraphs(session, meeting.sessions().size()));
            if (style.findings() == Findings.BULLETS) {
                paragraphs = bulleted(paragraphs);
            }
            sessions.add(new Section(
                    eId,
                    "1." + session.number(),
                    heading(session.number(), style.sessionNumbering()) + ": " + session.theme(),
                    paragraphs,
                    List.of()));
        }
        List<Paragraph> unattached = paragraphs("sec_1__other", proposalsWithoutIntervention(meeting));
        Section summary = new Section("sec_1", "1", "Summary", summary(context), append(sessions, unattached));
        List<Section> contents = new ArrayList<>(List.of(summary));
        // A meeting that set no task has no heading for one.
        if (!meeting.nextTasks().isEmpty()) {
            contents.add(new Section(
                    "sec_2",
                    "2",
                    meeting.nextTasks().size() == 1 ? "Next Task" : "Next Tasks",
                    nextTasks(meeting),
                    List.of()));
        }
        return new Document(
                id(meeting),
                "Report of the Meeting of the " + meeting.studyGroupTitle(),
                Wording.span(meeting.startsOn(), meeting.endsOn()) + ", " + meeting.city() + ", "
                        + meeting.country().country(),
                meeting.startsOn(),
                meeting.studyGroupTitle(),
                status,
                references.speakers(),
                contents);
    }

    /** "Session 2", "Session II" or "Second Session", as the house style numbers sessions. */
    private static String heading(int number, SessionNumbering numbering) {
        return switch (numbering) {
            case ARABIC -> "Session " + number;
            case ROMAN -> "Session " + Wording.roman(number);
            case ORDINAL_WORDS -> Wording.capitalise(Wording.ordinal(number)) + " Session";
        };
    }

    /** A session's findings as a list: the objectives stay a paragraph, each exchange after them is a bullet. */
    private static List<Paragraph> bulleted(List<Paragraph> paragraphs) {
        List<Paragraph> bulleted = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            bulleted.add(i == 0 ? p : new Paragraph(p.eId(), "•", p.spans()));
        }
        return bulleted;
    }

    static String id(MeetingRecord meeting) {
        return "study-group-" + meeting.studyGroupId() + "-meeting-" + meeting.ordinal() + "-report";
    }

    private static List<Paragraph> summary(ReportContext context) {
        MeetingRecord m = context.meeting();
        List<String> opening = new ArrayList<>();
        String days = Wording.days(m.startsOn(), m.endsOn());
        opening.add(Wording.capitalise(m.ordinalWords()) + " of the " + m.studyGroupTitle() + " was held in " + m.city()
                + ", " + m.country().country() + ", " + (days.startsWith("from ") ? "" : "on ") + days + ".");
        if (m.attendanceWords() != null) {
            opening.add(Wording.withoutOpeningFigure(m.attendanceWords() + " participated in the meeting."));
        }
        // Thanks are said only where the record says they were given, in its words.
        if (m.courtesy() != null && !m.courtesy().isBlank()) {
            opening.add(Wording.sentence(m.courtesy()));
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
            String text = Wording.withoutOpeningFigure(Wording.sentence(task.description()));
            if (task.dueNote() != null && !text.contains(task.dueNote())) {
                text += " This is to be done by " + Wording.sentence(task.dueNote());
            } else if (task.dueOn() != null) {
                text += " This is to be done by " + Wording.date(task.dueOn()) + ".";
            }
            paragraphs.add(text);
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
