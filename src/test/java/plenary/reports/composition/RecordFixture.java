package plenary.reports.composition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeView;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.meetings.AttendanceQualifier;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionView;
import plenary.meetings.LinkView;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.ParticipantView;
import plenary.meetings.SessionView;
import plenary.meetings.Stance;
import plenary.meetings.Subjects;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupStatus;
import plenary.studygroups.StudyGroupView;

/** Builds small meeting records by hand, for tests of the prose without a database. */
final class RecordFixture {

    static final CommitteeView RUSSIA = new CommitteeView(
            new CommitteeId(1), "CSCAP-Russia", "CSCAP-Russia", CommitteeKind.MEMBER_COMMITTEE, Nationality.RU, 0);

    private final Map<PersonId, PersonView> people = new LinkedHashMap<>();
    private final List<ParticipantView> participants = new ArrayList<>();
    private final List<SessionView> sessions = new ArrayList<>();
    private List<InterventionView> current;
    private long nextId = 100;

    long person(String name, Nationality nationality, Pronoun pronoun, Long committee, Capacity capacity) {
        long id = nextId++;
        people.put(
                new PersonId(id),
                new PersonView(
                        new PersonId(id),
                        name,
                        nationality,
                        "Institute of " + name.split(" ")[1] + " Studies",
                        committee == null ? null : new CommitteeId(committee),
                        pronoun,
                        name.split(" ")[0].toLowerCase() + "@example.org",
                        0));
        participants.add(new ParticipantView(nextId++, new PersonId(id), name, capacity, 0));
        return id;
    }

    RecordFixture session(String theme, String... objectives) {
        current = new ArrayList<>();
        sessions.add(
                new SessionView(nextId++, sessions.size() + 1, theme, List.of(objectives), null, null, current, 0));
        return this;
    }

    long say(Long speaker, InterventionKind kind, String summary, Stance stance, LinkView... links) {
        return sayDescribed(speaker, null, kind, summary, stance, links);
    }

    long sayDescribed(
            Long speaker,
            AttributionRule describedBy,
            InterventionKind kind,
            String summary,
            Stance stance,
            LinkView... links) {
        long id = nextId++;
        current.add(new InterventionView(
                id,
                sessions.get(sessions.size() - 1).id(),
                current.size() + 1,
                speaker == null ? null : new PersonId(speaker),
                null,
                kind,
                summary,
                null,
                stance,
                Subjects.none(),
                List.of(links),
                describedBy,
                0));
        return id;
    }

    private List<Long> coChairs = List.of();

    RecordFixture coChairs(Long... ids) {
        coChairs = List.of(ids);
        return this;
    }

    ReportContext context(AttributionRule rule) {
        MeetingRecord meeting = new MeetingRecord(
                new MeetingId(1),
                new StudyGroupId(1),
                "Study Group on Maritime Cooperation",
                2,
                false,
                null,
                LocalDate.of(2012, 3, 5),
                null,
                "Singapore",
                Nationality.SG,
                null,
                null,
                12,
                5,
                AttendanceQualifier.ABOUT,
                false,
                rule,
                true,
                participants.size(),
                participants,
                sessions,
                List.of(),
                List.of(),
                0);
        StudyGroupView group = new StudyGroupView(
                new StudyGroupId(1),
                meeting.studyGroupTitle(),
                null,
                StudyGroupStatus.ACTIVE,
                3,
                coChairs.stream().map(PersonId::new).toList(),
                List.of(),
                List.of(),
                0);
        return new ReportContext(
                meeting, group, people, Map.of(RUSSIA.id(), RUSSIA), Map.of(), List.of(meeting.summary()));
    }
}
