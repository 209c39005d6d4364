package plenary.meetings;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.meetings.internal.Announcements;
import plenary.meetings.internal.Intervention;
import plenary.meetings.internal.InterventionRepository;
import plenary.meetings.internal.InterventionRules;
import plenary.meetings.internal.InterventionTargets;
import plenary.meetings.internal.Meeting;
import plenary.meetings.internal.MeetingGate;
import plenary.meetings.internal.Positions;
import plenary.meetings.internal.RecordAssembly;
import plenary.meetings.internal.Removals;

/**
 * The interventions of a meeting's sessions, in order, kept by those who keep the meeting's record: a new one
 * goes last in its session unless placed; one may be moved within its session or to another.
 */
@Service
public class InterventionRecords extends OrderedPartRecords<Intervention, InterventionForm, InterventionView> {

    private final InterventionRules rules;
    private final InterventionTargets targets;
    private final Positions positions;
    private final Removals removals;
    private final MeetingGate gate;
    private final RecordAssembly assembly;

    InterventionRecords(
            InterventionRepository interventions,
            InterventionRules rules,
            InterventionTargets targets,
            Positions positions,
            Removals removals,
            MeetingGate gate,
            Announcements announcements,
            RecordAssembly assembly) {
        super("intervention", interventions, gate, announcements);
        this.rules = rules;
        this.targets = targets;
        this.positions = positions;
        this.removals = removals;
        this.gate = gate;
        this.assembly = assembly;
    }

    /** The interventions a link from this meeting may point to: the group's, at this meeting or earlier ones. */
    @Transactional(readOnly = true)
    public List<LinkChoice> linkChoices(MeetingId meetingId) {
        Meeting meeting = gate.editable(meetingId);
        return targets.choices(meeting.studyGroupId(), meeting.ordinal());
    }

    /** The interventions a position on a proposal of this meeting may name: any of the group's. */
    @Transactional(readOnly = true)
    public List<LinkChoice> positionChoices(MeetingId meetingId) {
        Meeting meeting = gate.editable(meetingId);
        return targets.choices(meeting.studyGroupId(), Integer.MAX_VALUE);
    }

    @Override
    InterventionView view(Intervention intervention) {
        return assembly.intervention(intervention);
    }

    @Override
    void enforce(Meeting meeting, @Nullable Intervention stored, InterventionForm form) {
        int inSession =
                form.sessionId() == null ? 0 : sequenceOf(form.sessionId()).size();
        rules.enforce(
                meeting,
                stored == null ? null : stored.id(),
                form,
                changesSession(stored, form) ? inSession + 1 : inSession);
    }

    /** An intervention that no link and no proposal refers to may go. */
    @Override
    @Nullable String whyItStays(Intervention stored) {
        return removals.whyInterventionStays(stored.savedId());
    }

    /**
     * A new intervention goes last in its session unless placed; one moved to another session leaves its old one
     * closed up behind it and goes last in the new one unless placed; otherwise it stays where it is unless placed.
     */
    @Override
    void placed(Meeting meeting, @Nullable Intervention before, Intervention saved, InterventionForm form) {
        boolean changesSession = before != null && changesSession(before, form);
        if (before != null && changesSession) {
            renumber(sequenceOf(before.sessionId()));
        }
        Integer wanted =
                form.position() != null ? form.position() : before == null || changesSession ? null : before.position();
        renumber(Positions.place(sequenceOf(saved.sessionId()), saved.savedId(), wanted));
    }

    @Override
    List<Long> sequenceOf(Intervention intervention) {
        return sequenceOf(intervention.sessionId());
    }

    @Override
    void renumber(List<Long> ordered) {
        positions.renumberInterventions(ordered);
    }

    /** Whether the form puts the intervention into another session (a new one always enters one). */
    private static boolean changesSession(@Nullable Intervention stored, InterventionForm form) {
        return stored == null || form.sessionId() != null && !form.sessionId().equals(stored.sessionId());
    }

    private List<Long> sequenceOf(@Nullable Long sessionId) {
        return sessionId == null ? List.of() : positions.interventionsOf(sessionId);
    }

    @Override
    Intervention record(Meeting meeting, @Nullable Intervention stored, InterventionForm f) {
        List<Intervention.InstitutionRef> institutions = f.subjects().institutionIds().stream()
                .distinct()
                .map(Intervention.InstitutionRef::new)
                .toList();
        List<Intervention.IssueAreaRef> areas = f.subjects().issueAreas().stream()
                .distinct()
                .map(Intervention.IssueAreaRef::new)
                .toList();
        List<Intervention.LinkRow> links = f.links().stream()
                .filter(Objects::nonNull)
                // enforce() required the kind and target of every link.
                .map(l -> new Intervention.LinkRow(
                        Objects.requireNonNull(l.kind()), Objects.requireNonNull(l.targetId())))
                .toList();
        return new Intervention(
                stored == null ? null : stored.id(),
                meeting.savedId(),
                // enforce() required the session, the kind and the summary.
                Objects.requireNonNull(f.sessionId()),
                stored == null || changesSession(stored, f)
                        ? sequenceOf(f.sessionId()).size() + 1
                        : stored.position(),
                f.speakerPersonId(),
                Objects.requireNonNull(f.kind()),
                Objects.requireNonNull(f.summary()).strip(),
                Text.clean(f.paperTitle()),
                f.stance(),
                f.speakerDescribedBy(),
                institutions,
                areas,
                links,
                stored == null ? null : f.version());
    }
}
