package plenary.meetings.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.meetings.AttributionRule;
import plenary.meetings.InterventionView;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.MeetingSummary;
import plenary.meetings.NextTaskView;
import plenary.meetings.ParticipantView;
import plenary.meetings.ProposalView;
import plenary.meetings.SessionView;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;

/** Puts a meeting's named record together from its stored parts and the people the directory knows. */
@Component
public class RecordAssembly {

    private final MeetingParts parts;
    private final InterventionTargets targets;
    private final Directory directory;

    RecordAssembly(MeetingParts parts, InterventionTargets targets, Directory directory) {
        this.parts = parts;
        this.targets = targets;
        this.directory = directory;
    }

    public MeetingRecord named(Meeting m, StudyGroupView group) {
        return named(m, group, parts.of(m.savedId()));
    }

    /** What the meeting holds, as stored: read once for both the access check and the record. */
    public MeetingParts.Parts stored(Meeting m) {
        return parts.of(m.savedId());
    }

    /** The named record of a meeting whose parts were read already (with {@link MeetingParts}). */
    public MeetingRecord named(Meeting m, StudyGroupView group, MeetingParts.Parts stored) {
        return named(m, group, stored, people(stored));
    }

    /** Everyone a meeting's stored parts name, by id: read once for its named record and its redaction. */
    public Map<PersonId, PersonView> people(MeetingParts.Parts stored) {
        return directory.people(people(
                        stored.sessions(),
                        stored.participants(),
                        stored.interventions(),
                        stored.proposals(),
                        stored.nextTasks())
                .stream()
                .map(PersonId::new)
                .toList());
    }

    /** The named record of a meeting whose parts and the people they name were read already. */
    public MeetingRecord named(
            Meeting m, StudyGroupView group, MeetingParts.Parts stored, Map<PersonId, PersonView> people) {
        List<Session> ss = stored.sessions();
        List<Participant> ps = stored.participants();
        List<Intervention> is = stored.interventions();
        List<Proposal> prs = stored.proposals();
        List<NextTask> ts = stored.nextTasks();
        Views views = new Views(people, stored.targets());
        Map<Long, List<InterventionView>> bySession =
                is.stream().map(views::intervention).collect(Collectors.groupingBy(InterventionView::sessionId));
        List<SessionView> sessionViews = ss.stream()
                .map(s -> views.session(s, bySession.getOrDefault(s.id(), List.of())))
                .toList();
        List<ParticipantView> participantViews = ps.stream()
                .map(views::participant)
                .sorted(Comparator.comparing(ParticipantView::capacity).thenComparing(ParticipantView::name))
                .toList();
        List<ProposalView> proposalViews = prs.stream().map(views::proposal).toList();
        List<NextTaskView> taskViews = ts.stream().map(views::nextTask).toList();
        String host = m.hostCommitteeId() == null
                ? null
                : directory
                        .committee(new CommitteeId(m.hostCommitteeId()))
                        .map(CommitteeView::shortName)
                        .orElse(null);
        return new MeetingRecord(
                new MeetingId(m.savedId()),
                new StudyGroupId(m.studyGroupId()),
                group.title(),
                m.ordinal(),
                isFinal(m, group),
                m.title(),
                m.startsOn(),
                m.endsOn(),
                m.city(),
                m.country(),
                m.hostCommitteeId() == null ? null : new CommitteeId(m.hostCommitteeId()),
                host,
                m.expertsCount(),
                m.committeesCount(),
                m.attendanceQualifier(),
                m.includesOtherRegions(),
                m.attributionRule(),
                m.courtesy(),
                m.houseStyle(),
                true,
                ps.size(),
                participantViews,
                sessionViews,
                proposalViews,
                taskViews,
                m.savedVersion());
    }

    public MeetingSummary summary(Meeting m, StudyGroupView group) {
        return new MeetingSummary(
                new MeetingId(m.savedId()),
                new StudyGroupId(m.studyGroupId()),
                m.ordinal(),
                isFinal(m, group),
                m.title(),
                m.startsOn(),
                m.endsOn(),
                m.city(),
                m.country(),
                m.attributionRule(),
                m.savedVersion());
    }

    public SessionView session(Session s) {
        return views(personIds(s.chairPersonId()), List.of()).session(s, null);
    }

    public ParticipantView participant(Participant p) {
        return views(personIds(p.personId()), List.of()).participant(p);
    }

    public InterventionView intervention(Intervention i) {
        return views(personIds(i.speakerPersonId()), List.of(i)).intervention(i);
    }

    public ProposalView proposal(Proposal p) {
        return views(
                        p.positions().stream()
                                .map(Proposal.Position::personId)
                                .filter(Objects::nonNull)
                                .toList(),
                        List.of())
                .proposal(p);
    }

    public NextTaskView nextTask(NextTask t) {
        return views(t.ownerPersonIds(), List.of()).nextTask(t);
    }

    static boolean isFinal(Meeting m, StudyGroupView group) {
        return group.plannedMeetings() != null && m.ordinal() == group.plannedMeetings();
    }

    private Views views(Collection<Long> personIds, List<Intervention> linking) {
        Set<Long> targetIds = linking.stream()
                .flatMap(i -> i.links().stream())
                .map(Intervention.LinkRow::targetId)
                .collect(Collectors.toSet());
        return new Views(directory.people(personIds.stream().map(PersonId::new).toList()), targets.find(targetIds));
    }

    private static List<Long> personIds(@Nullable Long id) {
        return id == null ? List.of() : List.of(id);
    }

    private static Set<Long> people(
            List<Session> ss, List<Participant> ps, List<Intervention> is, List<Proposal> prs, List<NextTask> ts) {
        Set<Long> ids = new HashSet<>();
        ss.forEach(s -> ids.add(s.chairPersonId()));
        ps.forEach(p -> ids.add(p.personId()));
        is.forEach(i -> ids.add(i.speakerPersonId()));
        prs.forEach(p -> p.positions().forEach(x -> ids.add(x.personId())));
        ts.forEach(t -> ids.addAll(t.ownerPersonIds()));
        ids.remove(null);
        return ids;
    }

    /** The record as the attribution rule lets those outside the meeting see it. */
    /** How the rule describes this person: "a Russian participant", or their name under a named rule. */
    public String describe(AttributionRule rule, PersonId person) {
        Map<PersonId, PersonView> people = directory.people(Set.of(person));
        return Attribution.describer(rule, people, id -> directory.committee(id).orElse(null))
                .apply(person);
    }

    public MeetingRecord redacted(MeetingRecord named) {
        Set<PersonId> ids = new HashSet<>();
        named.sessions().forEach(s -> s.interventionsInOrder().forEach(i -> ids.add(i.speakerPersonId())));
        named.proposals().forEach(p -> p.positions().forEach(x -> ids.add(x.personId())));
        ids.remove(null);
        return redacted(named, directory.people(ids));
    }

    /**
     * The record as the attribution rule lets those outside the meeting see it, given the people it names (read
     * with {@link #people}); the committees, where the rule names them, are read in one statement.
     */
    public MeetingRecord redacted(MeetingRecord named, Map<PersonId, PersonView> people) {
        Map<CommitteeId, CommitteeView> committees = new HashMap<>();
        return Redaction.redact(
                named,
                rule -> Attribution.describer(rule, people, id -> {
                    if (committees.isEmpty()) {
                        directory.committees().forEach(c -> committees.put(c.id(), c));
                    }
                    return committees.get(id);
                }));
    }
}
