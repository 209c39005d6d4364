package plenary.meetings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.kernel.Deletion;
import plenary.kernel.InvalidRecord;
import plenary.kernel.RecordInUse;
import plenary.kernel.Versions;
import plenary.meetings.internal.Announcements;
import plenary.meetings.internal.InterventionTargets;
import plenary.meetings.internal.LaterPositions;
import plenary.meetings.internal.Meeting;
import plenary.meetings.internal.MeetingAccess;
import plenary.meetings.internal.MeetingGate;
import plenary.meetings.internal.MeetingParts;
import plenary.meetings.internal.MeetingRepository;
import plenary.meetings.internal.MeetingRules;
import plenary.meetings.internal.ProposalRepository;
import plenary.meetings.internal.RecordAssembly;
import plenary.meetings.internal.Removals;
import plenary.meetings.internal.Viewer;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;

/**
 * The records of meetings as people read and keep them: any signed-in account reads (under the meeting's
 * attribution rule); the secretariat and the study group's co-chairs and rapporteurs create meetings, and they
 * and the meeting's own co-chairs and rapporteurs change and delete them.
 */
@Service
@Transactional
public class MeetingRecords {

    private final MeetingRepository meetings;
    private final MeetingGate gate;
    private final MeetingRules rules;
    private final RecordAssembly assembly;
    private final Removals removals;
    private final InterventionTargets targets;
    private final Announcements announcements;
    private final LaterPositions laterPositions;
    private final ProposalRepository proposals;

    MeetingRecords(
            MeetingRepository meetings,
            MeetingGate gate,
            MeetingRules rules,
            RecordAssembly assembly,
            Removals removals,
            InterventionTargets targets,
            Announcements announcements,
            ProposalRepository proposals,
            LaterPositions laterPositions) {
        this.laterPositions = laterPositions;
        this.targets = targets;
        this.proposals = proposals;
        this.meetings = meetings;
        this.gate = gate;
        this.rules = rules;
        this.assembly = assembly;
        this.removals = removals;
        this.announcements = announcements;
    }

    /** The meetings of a study group in the order of its series, or all meetings, latest first. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> summaries(@Nullable Long studyGroupId) {
        if (!Viewer.current().signedIn()) {
            throw new AccessDeniedException("Meeting records are for signed-in accounts.");
        }
        if (studyGroupId != null) {
            List<Meeting> found = meetings.findByStudyGroupIdOrderByOrdinal(studyGroupId);
            if (found.isEmpty()) {
                return List.of();
            }
            StudyGroupView group = gate.group(studyGroupId);
            return found.stream().map(m -> assembly.summary(m, group)).toList();
        }
        List<Meeting> found = meetings.findAllByOrderByStartsOnDesc();
        if (found.isEmpty()) {
            return List.of();
        }
        // Every study group in one statement, rather than one a group.
        Map<Long, StudyGroupView> groups = gate.groups();
        return found.stream()
                .map(m -> assembly.summary(m, groups.computeIfAbsent(m.studyGroupId(), gate::group)))
                .toList();
    }

    /** The most meetings one page of the API's list holds. */
    public static final int MAX_PAGE_SIZE = 500;

    /**
     * One page of the meetings (of one study group, or of all, the latest first): at size L the whole list was 5,000
     * meetings in one answer. A page or size out of range is refused naming it.
     */
    @Transactional(readOnly = true)
    public MeetingsPage page(@Nullable Long studyGroupId, int page, int size) {
        if (page < 0) {
            throw InvalidRecord.of("page", "range", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidRecord.of("size", "range", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (studyGroupId != null) {
            // A group holds a few meetings: its whole list is read and cut.
            List<MeetingSummary> all = summaries(studyGroupId);
            int from = (int) Math.min((long) page * size, all.size());
            return new MeetingsPage(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
        }
        if (!Viewer.current().signedIn()) {
            throw new AccessDeniedException("Meeting records are for signed-in accounts.");
        }
        List<Meeting> found = meetings.findAllByOrderByStartsOnDescIdDesc(PageRequest.of(page, size));
        Map<Long, StudyGroupView> groups = found.isEmpty() ? Map.of() : gate.groups();
        return new MeetingsPage(
                found.stream()
                        .map(m -> assembly.summary(m, groups.computeIfAbsent(m.studyGroupId(), gate::group)))
                        .toList(),
                page,
                size,
                meetings.count());
    }

    /** The record of a meeting, named or described as the attribution rule lets the one signed in see it. */
    @Transactional(readOnly = true)
    public MeetingRecord get(MeetingId id) {
        return read(id, false).record();
    }

    /** The record as {@link #get} gives it, and whether the one signed in may change it: for the meeting's page. */
    @Transactional(readOnly = true)
    public Shown shown(MeetingId id) {
        return read(id, false);
    }

    /**
     * The record as {@link #get} gives it, for a program through the API: when that is the named record of a
     * meeting whose rule withholds names, the export of a restricted record is announced (for the audit).
     */
    @Transactional(readOnly = true)
    public MeetingRecord export(MeetingId id) {
        return read(id, true).record();
    }

    /** A meeting's record as shown to the one signed in, and whether they may change it. */
    public record Shown(MeetingRecord record, boolean editable) {}

    // The meeting, its study group, its parts and the people they name are each read once, for the access check
    // and the record alike.
    private Shown read(MeetingId id, boolean export) {
        Meeting meeting = gate.meeting(id);
        StudyGroupView group = gate.group(meeting.studyGroupId());
        MeetingParts.Parts stored = assembly.stored(meeting);
        MeetingAccess access = gate.access(group, stored.participants());
        access.requireRead();
        Map<PersonId, PersonView> people = assembly.people(stored);
        MeetingRecord named = assembly.named(meeting, group, stored, people);
        if (!access.seesNamedRecord(meeting.attributionRule())) {
            return new Shown(laterPositions.described(named, assembly.redacted(named, people)), access.mayEdit());
        }
        if (export && meeting.attributionRule() != AttributionRule.NAMED) {
            announcements.namedRecordExported(meeting);
        }
        return new Shown(laterPositions.described(named, named), access.mayEdit());
    }

    /** The meeting an intervention was made at, for a link to it. */
    @Transactional(readOnly = true)
    public Optional<Long> meetingOf(long interventionId) {
        if (!Viewer.current().signedIn()) {
            throw new AccessDeniedException("Meeting records are for signed-in accounts.");
        }
        return Optional.ofNullable(targets.find(List.of(interventionId)).get(interventionId))
                .map(InterventionTargets.Target::meetingId);
    }

    /** The meeting a proposal was put forward at, for the proposal's positions map. */
    @Transactional(readOnly = true)
    public Optional<MeetingId> meetingOfProposal(long proposalId) {
        if (!Viewer.current().signedIn()) {
            throw new AccessDeniedException("Meeting records are for signed-in accounts.");
        }
        return proposals.findById(proposalId).map(p -> new MeetingId(p.meetingId()));
    }

    @Transactional(readOnly = true)
    public boolean mayCreate(StudyGroupId studyGroupId) {
        return gate.mayCreateIn(studyGroupId.value());
    }

    /** Whether the one signed in may create meetings of a study group read already (for a list of groups). */
    public boolean mayCreate(StudyGroupView group) {
        return MeetingAccess.toGroup(Viewer.current(), group).mayCreateMeeting();
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(MeetingId meetingId) {
        return gate.access(gate.meeting(meetingId)).mayEdit();
    }

    /**
     * Whether the one signed in may change the record of a meeting whose named record (from {@link Meetings}) and
     * study group were read already: the same answer as {@link #mayEdit(MeetingId)}, without reading them again.
     */
    public boolean mayEdit(MeetingRecord named, StudyGroupView group) {
        if (!named.studyGroupId().equals(group.id())) {
            throw new IllegalArgumentException("Meeting " + named.id() + " is not of study group " + group.id());
        }
        Map<Long, Capacity> byPerson = new HashMap<>();
        named.namedParticipants().forEach(p -> byPerson.putIfAbsent(p.personId().value(), p.capacity()));
        return MeetingAccess.toMeeting(Viewer.current(), group, byPerson).mayEdit();
    }

    public MeetingRecord create(MeetingForm form) {
        gate.requireCreateIn(form.studyGroupId());
        rules.enforce(form, null);
        // enforce() required the study group.
        Meeting saved = meetings.save(meeting(null, Objects.requireNonNull(form.studyGroupId()), form, null));
        announcements.recordChanged(saved);
        return assembly.named(saved, gate.group(saved.studyGroupId()));
    }

    public MeetingRecord update(MeetingId id, MeetingForm form) {
        Meeting stored = gate.editable(id);
        StudyGroupView group = gate.group(stored.studyGroupId());
        Versions.check("meeting", form.version(), stored.savedVersion(), () -> assembly.named(stored, group));
        rules.enforce(form, stored);
        Meeting saved = Versions.save(
                "meeting",
                () -> meetings.save(meeting(id.value(), stored.studyGroupId(), form, form.version())),
                () -> assembly.named(gate.editable(id), group));
        announcements.recordChanged(saved);
        return assembly.named(saved, group);
    }

    /** Deletes the meeting with everything it holds, unless other meetings' records refer into it. */
    public void delete(MeetingId id) {
        Meeting stored = gate.editable(id);
        String why = removals.whyMeetingStays(id.value());
        if (why != null) {
            throw new RecordInUse(why);
        }
        Deletion.unlessReferenced(
                () -> removals.deleteMeeting(id.value()),
                "Meeting " + id + " has a report; a meeting " + "whose report exists is kept.");
        announcements.recordChanged(stored);
    }

    private static Meeting meeting(@Nullable Long id, long studyGroupId, MeetingForm f, @Nullable Integer version) {
        // MeetingRules.enforce() required the ordinal, the start, the city (not blank), the country and the rule.
        return new Meeting(
                id,
                studyGroupId,
                Objects.requireNonNull(f.ordinal()),
                Text.clean(f.title()),
                Objects.requireNonNull(f.startsOn()),
                f.endsOn(),
                Objects.requireNonNull(Text.clean(f.city())),
                Objects.requireNonNull(f.country()),
                f.hostCommitteeId(),
                f.expertsCount(),
                f.committeesCount(),
                f.attendanceQualifier(),
                Boolean.TRUE.equals(f.includesOtherRegions()),
                Objects.requireNonNull(f.attributionRule()),
                Text.clean(f.courtesy()),
                f.houseStyle().speakerNoun(),
                f.houseStyle().sessionNumbering(),
                f.houseStyle().findings(),
                version);
    }
}
