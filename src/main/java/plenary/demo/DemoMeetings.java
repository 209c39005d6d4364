package plenary.demo;

import static plenary.meetings.InterventionKind.PRESENTATION;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.directory.Nationality;
import plenary.institutions.IssueArea;
import plenary.meetings.AttendanceQualifier;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.InterventionForm;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionRecords;
import plenary.meetings.Link;
import plenary.meetings.LinkKind;
import plenary.meetings.MeetingForm;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecords;
import plenary.meetings.ParticipantForm;
import plenary.meetings.ParticipantRecords;
import plenary.meetings.SessionForm;
import plenary.meetings.SessionRecords;
import plenary.meetings.Stance;
import plenary.meetings.Subjects;

/**
 * The study group's three meetings. The first two are sparse, with what the seed tells of them (the energy
 * paper at the second meeting, in May 2011); their places and the first one's date are the demo's invention.
 * The third, Vladivostok, is built in {@link VladivostokMeeting}.
 */
final class DemoMeetings {

    private final MeetingRecords meetings;
    private final SessionRecords sessions;
    private final ParticipantRecords participants;
    private final InterventionRecords interventions;
    private final DemoCast cast;

    DemoMeetings(
            MeetingRecords meetings,
            SessionRecords sessions,
            ParticipantRecords participants,
            InterventionRecords interventions,
            DemoCast cast) {
        this.meetings = meetings;
        this.sessions = sessions;
        this.participants = participants;
        this.interventions = interventions;
        this.cast = cast;
    }

    MeetingId firstMeeting(long studyGroup) {
        MeetingId meeting = meetings.create(new MeetingForm(
                        studyGroup,
                        1,
                        "Inaugural meeting",
                        LocalDate.of(2010, 11, 29),
                        null,
                        "Seoul",
                        Nationality.KR,
                        cast.committees.get("KR"),
                        null,
                        null,
                        null,
                        null,
                        AttributionRule.NONE,
                        null))
                .id();
        attend(meeting, "co-chair-kr", Capacity.CO_CHAIR);
        attend(meeting, "co-chair-ca", Capacity.CO_CHAIR);
        sessions.create(
                meeting,
                new SessionForm(
                        1,
                        "The agenda and method of the Study Group",
                        List.of("agreed on the agenda of the three meetings of the Study Group"),
                        cast.person("co-chair-kr"),
                        null));
        return meeting;
    }

    /** The second meeting; answers the id of the energy paper that the third meeting's presenter elaborated. */
    long secondMeeting(long studyGroup, DemoInstitutions institutions) {
        MeetingId meeting = meetings.create(new MeetingForm(
                        studyGroup,
                        2,
                        null,
                        LocalDate.of(2011, 5, 23),
                        null,
                        "Beijing",
                        Nationality.CN,
                        cast.committees.get("CN"),
                        null,
                        null,
                        null,
                        null,
                        AttributionRule.NONE,
                        null))
                .id();
        attend(meeting, "co-chair-kr", Capacity.CO_CHAIR);
        attend(meeting, "co-chair-ca", Capacity.CO_CHAIR);
        attend(meeting, "energy-presenter", Capacity.PRESENTER);
        long session = sessions.create(
                        meeting,
                        new SessionForm(
                                1,
                                "Issue-specific cooperation in Northeast Asia",
                                List.of(
                                        "reviewed issue-specific cooperation in Northeast Asia, energy first among them"),
                                null,
                                null))
                .id();
        return interventions
                .create(
                        meeting,
                        new InterventionForm(
                                session,
                                null,
                                cast.person("energy-presenter"),
                                PRESENTATION,
                                "presented a paper on possible multilateral regime building on energy in Northeast Asia.",
                                "Energy cooperation in Northeast Asia: towards a multilateral regime",
                                null,
                                new Subjects(List.of(institutions.id("energy-regime")), List.of(IssueArea.ENERGY)),
                                List.of(),
                                null,
                                null))
                .id();
    }

    MeetingId thirdMeeting(long studyGroup) {
        return meetings.create(new MeetingForm(
                        studyGroup,
                        3,
                        null,
                        LocalDate.of(2011, 11, 14),
                        null,
                        "Vladivostok",
                        Nationality.RU,
                        cast.committees.get("RU"),
                        20,
                        9,
                        AttendanceQualifier.MORE_THAN,
                        true,
                        AttributionRule.NONE,
                        "The Co-Chairs expressed their heartfelt thanks to CSCAP-Russia for its excellent conference "
                                + "arrangements and the hospitality extended to the participants.",
                        null,
                        null,
                        null,
                        null))
                .id();
    }

    void attend(MeetingId meeting, String person, Capacity capacity) {
        participants.create(meeting, new ParticipantForm(cast.person(person), capacity, null));
    }

    /** An intervention by the cast member keyed {@code speaker}, or by no one in particular (null). */
    long say(
            MeetingId meeting,
            long session,
            @Nullable String speaker,
            InterventionKind kind,
            String summary,
            @Nullable Stance stance,
            Subjects subjects,
            Link... links) {
        return sayDescribed(meeting, session, speaker, null, kind, summary, stance, subjects, links);
    }

    /** An intervention whose speaker the record describes otherwise than the meeting's rule (by nationality, say). */
    long sayDescribed(
            MeetingId meeting,
            long session,
            @Nullable String speaker,
            @Nullable AttributionRule describedBy,
            InterventionKind kind,
            String summary,
            @Nullable Stance stance,
            Subjects subjects,
            Link... links) {
        Long person = speaker == null ? null : cast.person(speaker);
        return interventions
                .create(
                        meeting,
                        new InterventionForm(
                                session,
                                null,
                                person,
                                kind,
                                summary,
                                null,
                                stance,
                                subjects,
                                Arrays.asList(links),
                                describedBy,
                                null))
                .id();
    }

    static Link link(LinkKind kind, long target) {
        return new Link(kind, target);
    }
}
