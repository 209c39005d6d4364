package plenary.reports.fidelity;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeView;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionKind;
import plenary.institutions.InstitutionStatus;
import plenary.institutions.InstitutionView;
import plenary.meetings.AttendanceQualifier;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.Findings;
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
import plenary.meetings.SessionNumbering;
import plenary.meetings.SessionView;
import plenary.meetings.SpeakerNoun;
import plenary.meetings.Stance;
import plenary.meetings.Subjects;
import plenary.reports.composition.ReportContext;
import plenary.reports.fidelity.CorpusMeeting.HouseStyle;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupStatus;
import plenary.studygroups.StudyGroupView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a meeting of the report corpus from its JSON file (the format is described in the corpus's README)
 * into the context a report is composed from, without a database, as RecordFixture does for smaller records.
 * Ids are handed out in the order the file gives things; people, committees, institutions and interventions
 * are referred to in the file by keys of its own.
 */
public final class MeetingFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MEETING_ID = 1;
    private static final long STUDY_GROUP_ID = 1;

    private final Map<String, PersonView> people = new LinkedHashMap<>();
    private final Map<String, CommitteeView> committees = new LinkedHashMap<>();
    private final Map<String, InstitutionView> institutions = new LinkedHashMap<>();
    private final Map<String, InterventionView> interventions = new HashMap<>();
    private final Map<String, Integer> sessionOf = new HashMap<>();
    private long nextId = 100;

    private MeetingFile() {}

    /** The meeting in {@code /reports/corpus/<name>.json}. */
    public static CorpusMeeting read(String name) throws IOException {
        try (InputStream in = MeetingFile.class.getResourceAsStream("/reports/corpus/" + name + ".json")) {
            Objects.requireNonNull(in, "no meeting file " + name);
            return new MeetingFile().read(name, JSON.readTree(in));
        }
    }

    private CorpusMeeting read(String name, JsonNode file) {
        file.path("committees").forEach(this::committee);
        file.path("institutions").forEach(this::institution);
        file.path("people").forEach(this::person);
        JsonNode m = file.required("meeting");
        int ordinal = m.required("ordinal").asInt();
        List<SessionView> sessions = new ArrayList<>();
        for (JsonNode s : file.path("sessions")) {
            sessions.add(session(s, sessions.size() + 1, ordinal));
        }
        CommitteeView host = m.hasNonNull("host") ? committees.get(m.get("host").asString()) : null;
        MeetingRecord meeting = new MeetingRecord(
                new MeetingId(MEETING_ID),
                new StudyGroupId(STUDY_GROUP_ID),
                file.required("studyGroup").required("title").asString(),
                ordinal,
                m.path("final").asBoolean(false),
                null,
                LocalDate.parse(m.required("startsOn").asString()),
                m.hasNonNull("endsOn") ? LocalDate.parse(m.get("endsOn").asString()) : null,
                m.required("city").asString(),
                Nationality.valueOf(m.required("country").asString()),
                host == null ? null : host.id(),
                host == null ? null : host.shortName(),
                m.hasNonNull("experts") ? m.get("experts").asInt() : null,
                m.hasNonNull("committees") ? m.get("committees").asInt() : null,
                m.hasNonNull("qualifier")
                        ? AttendanceQualifier.valueOf(m.get("qualifier").asString())
                        : null,
                m.path("otherRegions").asBoolean(false),
                AttributionRule.valueOf(m.required("attribution").asString()),
                text(m, "courtesy"),
                houseStyle(style(file.path("style"))),
                true,
                people.size(),
                participants(file),
                sessions,
                proposals(file),
                nextTasks(file),
                0);
        List<MeetingSummary> series = new ArrayList<>();
        for (JsonNode earlier : file.path("series")) {
            series.add(earlier(earlier, meeting.attributionRule()));
        }
        series.add(meeting.summary());
        ReportContext context = new ReportContext(
                meeting,
                studyGroup(file.required("studyGroup"), meeting.studyGroupTitle()),
                byId(people.values()),
                byCommitteeId(committees.values()),
                byInstitutionId(institutions.values()),
                series);
        return new CorpusMeeting(name, context, style(file.path("style")), text(m, "courtesy"));
    }

    private void committee(JsonNode c) {
        long id = nextId++;
        committees.put(
                c.required("key").asString(),
                new CommitteeView(
                        new CommitteeId(id),
                        c.required("name").asString(),
                        text(c, "acronym"),
                        CommitteeKind.MEMBER_COMMITTEE,
                        c.hasNonNull("country")
                                ? Nationality.valueOf(c.get("country").asString())
                                : null,
                        0));
    }

    private void institution(JsonNode i) {
        long id = nextId++;
        institutions.put(
                i.required("key").asString(),
                InstitutionView.of(
                        id,
                        i.required("name").asString(),
                        text(i, "acronym"),
                        InstitutionKind.FORUM,
                        InstitutionStatus.ACTIVE));
    }

    private void person(JsonNode p) {
        long id = nextId++;
        String committee = text(p, "committee");
        people.put(
                p.required("key").asString(),
                new PersonView(
                        new PersonId(id),
                        p.required("name").asString(),
                        Nationality.valueOf(p.required("nationality").asString()),
                        text(p, "affiliation"),
                        committee == null ? null : known(committees, committee).id(),
                        Pronoun.valueOf(p.required("pronoun").asString()),
                        text(p, "email"),
                        0));
    }

    private List<ParticipantView> participants(JsonNode file) {
        List<ParticipantView> participants = new ArrayList<>();
        for (JsonNode p : file.path("people")) {
            PersonView person = known(people, p.required("key").asString());
            participants.add(new ParticipantView(
                    nextId++,
                    person.id(),
                    person.name(),
                    Capacity.valueOf(p.path("capacity").asString("PARTICIPANT")),
                    0));
        }
        return participants;
    }

    private SessionView session(JsonNode s, int number, int meetingOrdinal) {
        long sessionId = nextId++;
        List<InterventionView> inSession = new ArrayList<>();
        for (JsonNode i : s.path("interventions")) {
            String speaker = text(i, "speaker");
            List<Long> about = new ArrayList<>();
            i.path("about")
                    .forEach(a ->
                            about.add(known(institutions, a.asString()).id().value()));
            List<LinkView> links = new ArrayList<>();
            i.path("links").forEach(l -> links.add(link(l, meetingOrdinal)));
            InterventionView intervention = new InterventionView(
                    nextId++,
                    sessionId,
                    inSession.size() + 1,
                    speaker == null ? null : known(people, speaker).id(),
                    null,
                    InterventionKind.valueOf(i.required("kind").asString()),
                    i.required("summary").asString(),
                    text(i, "paperTitle"),
                    i.hasNonNull("stance") ? Stance.valueOf(i.get("stance").asString()) : null,
                    new Subjects(about, List.of()),
                    links,
                    i.hasNonNull("describedBy")
                            ? AttributionRule.valueOf(i.get("describedBy").asString())
                            : null,
                    0);
            inSession.add(intervention);
            if (i.hasNonNull("key")) {
                interventions.put(i.get("key").asString(), intervention);
                sessionOf.put(i.get("key").asString(), number);
            }
        }
        List<String> objectives = new ArrayList<>();
        s.path("objectives").forEach(o -> objectives.add(o.asString()));
        return new SessionView(sessionId, number, s.required("theme").asString(), objectives, null, null, inSession, 0);
    }

    /** A link to an intervention of this meeting ("to": its key) or of an earlier one ("meeting": its ordinal). */
    private LinkView link(JsonNode l, int meetingOrdinal) {
        LinkKind kind = LinkKind.valueOf(l.required("kind").asString());
        if (l.hasNonNull("to")) {
            String key = l.get("to").asString();
            InterventionView target = known(interventions, key);
            return new LinkView(kind, target.id(), MEETING_ID, meetingOrdinal, sessionOf.get(key), target.kind());
        }
        int ordinal = l.required("meeting").asInt();
        return new LinkView(
                kind,
                900_000 + nextId++,
                1_000 + ordinal,
                ordinal,
                l.required("session").asInt(),
                InterventionKind.valueOf(l.required("targetKind").asString()));
    }

    private List<ProposalView> proposals(JsonNode file) {
        List<ProposalView> proposals = new ArrayList<>();
        for (JsonNode p : file.path("proposals")) {
            List<PositionView> positions = new ArrayList<>();
            for (JsonNode position : p.path("positions")) {
                PersonView holder = known(people, position.required("holder").asString());
                positions.add(new PositionView(
                        PositionStance.valueOf(position.required("stance").asString()),
                        holder.id(),
                        holder.name(),
                        interventionId(position),
                        text(position, "note")));
            }
            proposals.add(new ProposalView(nextId++, p.required("text").asString(), interventionId(p), positions, 0));
        }
        return proposals;
    }

    private List<NextTaskView> nextTasks(JsonNode file) {
        List<NextTaskView> tasks = new ArrayList<>();
        for (JsonNode t : file.path("nextTasks")) {
            List<PersonId> ids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (JsonNode owner : t.path("owners")) {
                PersonView person = known(people, owner.asString());
                ids.add(person.id());
                names.add(person.name());
            }
            tasks.add(new NextTaskView(
                    nextId++,
                    tasks.size() + 1,
                    t.required("description").asString(),
                    t.required("owner").asString(),
                    ids,
                    names,
                    t.hasNonNull("dueOn") ? LocalDate.parse(t.get("dueOn").asString()) : null,
                    text(t, "dueNote"),
                    0));
        }
        return tasks;
    }

    private @Nullable Long interventionId(JsonNode node) {
        return node.hasNonNull("intervention")
                ? known(interventions, node.get("intervention").asString()).id()
                : null;
    }

    private MeetingSummary earlier(JsonNode e, AttributionRule rule) {
        return new MeetingSummary(
                new MeetingId(1_000 + e.required("ordinal").asInt()),
                new StudyGroupId(STUDY_GROUP_ID),
                e.required("ordinal").asInt(),
                false,
                null,
                LocalDate.parse(e.required("startsOn").asString()),
                e.hasNonNull("endsOn") ? LocalDate.parse(e.get("endsOn").asString()) : null,
                e.required("city").asString(),
                Nationality.valueOf(e.required("country").asString()),
                rule,
                0);
    }

    private StudyGroupView studyGroup(JsonNode g, String title) {
        List<PersonId> coChairs = new ArrayList<>();
        g.path("coChairs").forEach(c -> coChairs.add(known(people, c.asString()).id()));
        return new StudyGroupView(
                new StudyGroupId(STUDY_GROUP_ID),
                title,
                null,
                StudyGroupStatus.ACTIVE,
                g.hasNonNull("plannedMeetings") ? g.get("plannedMeetings").asInt() : null,
                coChairs,
                List.of(),
                List.copyOf(byCommitteeId(committees.values()).keySet()),
                0);
    }

    private static HouseStyle style(JsonNode s) {
        HouseStyle seed = HouseStyle.SEED;
        return new HouseStyle(
                s.path("speakerNoun").asString(seed.speakerNoun()),
                s.path("sessionNumbering").asString(seed.sessionNumbering()),
                s.path("findings").asString(seed.findings()));
    }

    /** The style the file asks for, as the meeting holds it (the file's words are the constants' names). */
    private static plenary.meetings.HouseStyle houseStyle(HouseStyle style) {
        return new plenary.meetings.HouseStyle(
                SpeakerNoun.valueOf(style.speakerNoun().toUpperCase(Locale.ROOT)),
                SessionNumbering.valueOf(style.sessionNumbering().toUpperCase(Locale.ROOT)),
                Findings.valueOf(style.findings().toUpperCase(Locale.ROOT)));
    }

    private static @Nullable String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }

    private static <T> T known(Map<String, T> byKey, String key) {
        return Objects.requireNonNull(byKey.get(key), () -> "nothing in the file has the key " + key);
    }

    private static Map<PersonId, PersonView> byId(Iterable<PersonView> people) {
        Map<PersonId, PersonView> byId = new LinkedHashMap<>();
        people.forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    private static Map<CommitteeId, CommitteeView> byCommitteeId(Iterable<CommitteeView> committees) {
        Map<CommitteeId, CommitteeView> byId = new LinkedHashMap<>();
        committees.forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    private static Map<InstitutionId, InstitutionView> byInstitutionId(Iterable<InstitutionView> institutions) {
        Map<InstitutionId, InstitutionView> byId = new LinkedHashMap<>();
        institutions.forEach(i -> byId.put(i.id(), i));
        return byId;
    }
}
