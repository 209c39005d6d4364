package plenary.meetings;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.kernel.InvalidRecord;
import plenary.kernel.RecordInUse;
import plenary.kernel.RecordNotFound;
import plenary.kernel.Versions;
import plenary.meetings.internal.Intervention;
import plenary.meetings.internal.InterventionRepository;
import plenary.meetings.internal.InterventionRules;
import plenary.meetings.internal.InterventionTargets;
import plenary.meetings.internal.Meeting;
import plenary.meetings.internal.MeetingGate;
import plenary.meetings.internal.Ordering;
import plenary.meetings.internal.Positions;
import plenary.meetings.internal.RecordAssembly;
import plenary.meetings.internal.Removals;

/**
 * The interventions of a meeting's sessions, in order, kept by those who keep the meeting's record: a new one
 * goes last in its session unless placed; one may be moved within its session or to another.
 */
@Service
@Transactional
public class Interventions {

    private final InterventionRepository interventions;
    private final InterventionRules rules;
    private final InterventionTargets targets;
    private final Positions positions;
    private final Removals removals;
    private final MeetingGate gate;
    private final RecordAssembly assembly;

    Interventions(
            InterventionRepository interventions,
            InterventionRules rules,
            InterventionTargets targets,
            Positions positions,
            Removals removals,
            MeetingGate gate,
            RecordAssembly assembly) {
        this.interventions = interventions;
        this.rules = rules;
        this.targets = targets;
        this.positions = positions;
        this.removals = removals;
        this.gate = gate;
        this.assembly = assembly;
    }

    @Transactional(readOnly = true)
    public InterventionView get(long meetingId, long interventionId) {
        return assembly.intervention(find(gate.editable(meetingId), interventionId));
    }

    /** The interventions a link from this meeting may point to: the group's, at this meeting or earlier ones. */
    @Transactional(readOnly = true)
    public List<LinkChoice> linkChoices(long meetingId) {
        Meeting meeting = gate.editable(meetingId);
        return targets.choices(meeting.studyGroupId(), meeting.ordinal());
    }

    /** The interventions a position on a proposal of this meeting may name: any of the group's. */
    @Transactional(readOnly = true)
    public List<LinkChoice> positionChoices(long meetingId) {
        Meeting meeting = gate.editable(meetingId);
        return targets.choices(meeting.studyGroupId(), Integer.MAX_VALUE);
    }

    public InterventionView create(long meetingId, InterventionForm form) {
        Meeting meeting = gate.editable(meetingId);
        List<Long> order = form.sessionId() == null ? List.of() : positions.interventionsOf(form.sessionId());
        rules.enforce(meeting, null, form, order.size() + 1);
        Intervention saved = interventions.save(intervention(null, meeting, form, order.size() + 1, null));
        positions.renumberInterventions(Ordering.place(order, saved.id(), form.position()));
        gate.announceChange(meeting);
        return reloaded(saved.id());
    }

    public InterventionView update(long meetingId, long interventionId, InterventionForm form) {
        Meeting meeting = gate.editable(meetingId);
        Intervention stored = find(meeting, interventionId);
        Versions.check("intervention", form.version(), stored.version(), () -> assembly.intervention(stored));
        boolean changesSession = form.sessionId() != null && !form.sessionId().equals(stored.sessionId());
        List<Long> order = form.sessionId() == null ? List.of() : positions.interventionsOf(form.sessionId());
        rules.enforce(meeting, interventionId, form, changesSession ? order.size() + 1 : order.size());
        int kept = changesSession ? order.size() + 1 : stored.position();
        Versions.save(
                "intervention",
                () -> interventions.save(intervention(interventionId, meeting, form, kept, form.version())),
                () -> assembly.intervention(find(meeting, interventionId)));
        if (changesSession) {
            positions.renumberInterventions(positions.interventionsOf(stored.sessionId()));
        }
        Integer wanted = form.position() != null ? form.position() : changesSession ? null : stored.position();
        positions.renumberInterventions(Ordering.place(order, interventionId, wanted));
        gate.announceChange(meeting);
        return reloaded(interventionId);
    }

    /** Moves an intervention to another place in its session; the others close up behind it. */
    public InterventionView move(long meetingId, long interventionId, int position) {
        Meeting meeting = gate.editable(meetingId);
        Intervention stored = find(meeting, interventionId);
        List<Long> order = positions.interventionsOf(stored.sessionId());
        if (!Ordering.fits(position, order.size())) {
            throw InvalidRecord.of("position", "range", "must be between 1 and " + order.size());
        }
        positions.renumberInterventions(Ordering.place(order, interventionId, position));
        gate.announceChange(meeting);
        return reloaded(interventionId);
    }

    /** Deletes an intervention that no link and no proposal refers to. */
    public void delete(long meetingId, long interventionId) {
        Meeting meeting = gate.editable(meetingId);
        Intervention stored = find(meeting, interventionId);
        String why = removals.whyInterventionStays(interventionId);
        if (why != null) {
            throw new RecordInUse(why);
        }
        interventions.delete(stored);
        positions.renumberInterventions(positions.interventionsOf(stored.sessionId()));
        gate.announceChange(meeting);
    }

    private Intervention find(Meeting meeting, long interventionId) {
        return interventions
                .findById(interventionId)
                .filter(i -> i.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new RecordNotFound("Intervention", interventionId));
    }

    private InterventionView reloaded(long id) {
        return assembly.intervention(interventions.findById(id).orElseThrow());
    }

    private static Intervention intervention(
            Long id, Meeting meeting, InterventionForm f, int position, Integer version) {
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
                .map(l -> new Intervention.LinkRow(l.kind(), l.targetId()))
                .toList();
        return new Intervention(
                id,
                meeting.id(),
                f.sessionId(),
                position,
                f.speakerPersonId(),
                f.kind(),
                f.summary().strip(),
                Text.clean(f.paperTitle()),
                f.stance(),
                f.speakerDescribedBy(),
                institutions,
                areas,
                links,
                version);
    }
}
