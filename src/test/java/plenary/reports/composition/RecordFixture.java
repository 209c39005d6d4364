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
import plenary.documents.Document;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionKind;
import plenary.institutions.InstitutionStatus;
import plenary.institutions.InstitutionView;
import plenary.meetings.AttendanceQualifier;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.HouseStyle;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionView;
import plenary.meetings.LinkKind;
import plenary.meetings.LinkView;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.MeetingSummary;
import plenary.meetings.NextTaskView;
import plenary.meetings.ParticipantView;
import plenary.meetings.PositionStance;
import plenary.meetings.PositionView;
import plenary.meetings.ProposalView;
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

    /** An intervention about the institutions given (by id, see {@link #institution}). */
    long sayAbout(
            Long speaker, InterventionKind kind, String summary, Stance stance, long institution, LinkView... links) {
        long id = say(speaker, kind, summary, stance, links);
        InterventionView said = current.remove(current.size() - 1);
        current.add(new InterventionView(
                said.id(),
                said.sessionId(),
                said.position(),
                said.speakerPersonId(),
                null,
                kind,
                summary,
                null,
                stance,
                new Subjects(List.of(institution), List.of()),
                said.links(),
                null,
                0));
        return id;
    }

    /** An institution the interventions may be about. */
    long institution(String name) {
        long id = nextId++;
        institutions.put(
                new InstitutionId(id),
                InstitutionView.of(id, name, null, InstitutionKind.FORUM, InstitutionStatus.ACTIVE));
        return id;
    }

    /** A proposal put forward in the intervention, with the positions taken on it. */
    RecordFixture proposal(String text, long intervention, PositionView... positions) {
        proposals.add(new ProposalView(nextId++, text, intervention, List.of(positions), 0));
        return this;
    }

    static PositionView position(PositionStance stance, long person, Long intervention, String note) {
        return new PositionView(stance, new PersonId(person), null, intervention, note);
    }

    RecordFixture nextTask(String description) {
        nextTasks.add(new NextTaskView(
                nextId++, nextTasks.size() + 1, description, "the Co-Chairs", List.of(), List.of(), null, null, 0));
        return this;
    }

    /** An earlier meeting of the series, held on that day, in which the person spoke in the intervention given. */
    RecordFixture earlier(int ordinal, LocalDate startsOn, long intervention, Long speaker) {
        earlierMeetings.add(new MeetingSummary(
                new MeetingId(ordinal + 1000),
                new StudyGroupId(1),
                ordinal,
                false,
                null,
                startsOn,
                null,
                "Bangkok",
                Nationality.TH,
                AttributionRule.NONE,
                0));
        if (speaker != null) {
            earlierSpeakers.put(intervention, new PersonId(speaker));
        }
        return this;
    }

    /** A link to an intervention of the earlier meeting numbered so. */
    static LinkView earlierLink(LinkKind kind, long intervention, int ordinal) {
        return new LinkView(kind, intervention, ordinal + 1000, ordinal, 1, InterventionKind.PRESENTATION);
    }

    RecordFixture days(LocalDate startsOn, LocalDate endsOn) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        return this;
    }

    RecordFixture attendance(Integer experts, Integer committees, AttendanceQualifier qualifier) {
        this.experts = experts;
        this.committees = committees;
        this.qualifier = qualifier;
        return this;
    }

    /** The meeting hosted by the committee so named. */
    RecordFixture host(String committee) {
        this.host = committee;
        return this;
    }

    RecordFixture courtesy(String courtesy) {
        this.courtesy = courtesy;
        return this;
    }

    RecordFixture style(HouseStyle style) {
        this.style = style;
        return this;
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
    private final Map<InstitutionId, InstitutionView> institutions = new LinkedHashMap<>();
    private final List<ProposalView> proposals = new ArrayList<>();
    private final List<NextTaskView> nextTasks = new ArrayList<>();
    private final List<MeetingSummary> earlierMeetings = new ArrayList<>();
    private final Map<Long, PersonId> earlierSpeakers = new LinkedHashMap<>();
    private LocalDate startsOn = LocalDate.of(2012, 3, 5);
    private LocalDate endsOn;
    private Integer experts = 12;
    private Integer committees = 5;
    private AttendanceQualifier qualifier = AttendanceQualifier.ABOUT;
    private String courtesy;
    private String host;
    private HouseStyle style = HouseStyle.SEED;

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
                startsOn,
                endsOn,
                "Singapore",
                Nationality.SG,
                host == null ? null : new CommitteeId(2),
                host,
                experts,
                committees,
                qualifier,
                false,
                rule,
                courtesy,
                style,
                true,
                participants.size(),
                participants,
                sessions,
                proposals,
                nextTasks,
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
        List<MeetingSummary> series = new ArrayList<>(earlierMeetings);
        series.add(meeting.summary());
        return new ReportContext(
                meeting, group, people, Map.of(RUSSIA.id(), RUSSIA), institutions, series, earlierSpeakers);
    }

    /** The report composed from the record under the rule. */
    Document report(AttributionRule rule) {
        return ReportComposer.compose(context(rule), "Draft");
    }

    /** The report's paragraphs, one a line, numbered paragraphs with their number before them. */
    String text(AttributionRule rule) {
        StringBuilder text = new StringBuilder();
        report(rule).contents().forEach(section -> append(section, text));
        return text.toString();
    }

    private static void append(Document.Section section, StringBuilder text) {
        section.paragraphs()
                .forEach(p -> text.append(p.number() == null ? "" : p.number() + " ")
                        .append(p.text())
                        .append('\n'));
        section.subsections().forEach(s -> append(s, text));
    }
}
