package plenary.meetings;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.Directory;
import plenary.kernel.RecordNotFound;
import plenary.kernel.Rules;
import plenary.kernel.Versions;
import plenary.meetings.internal.InterventionTargets;
import plenary.meetings.internal.LinkCheck;
import plenary.meetings.internal.Meeting;
import plenary.meetings.internal.MeetingGate;
import plenary.meetings.internal.Proposal;
import plenary.meetings.internal.ProposalRepository;
import plenary.meetings.internal.RecordAssembly;

/**
 * The proposals put forward at a meeting and the positions taken on them, at that meeting or later ones of the
 * group, kept by those who keep the meeting's record.
 */
@Service
@Transactional
public class Proposals {

    private final ProposalRepository proposals;
    private final InterventionTargets targets;
    private final MeetingGate gate;
    private final RecordAssembly assembly;
    private final Directory directory;

    Proposals(
            ProposalRepository proposals,
            InterventionTargets targets,
            MeetingGate gate,
            RecordAssembly assembly,
            Directory directory) {
        this.proposals = proposals;
        this.targets = targets;
        this.gate = gate;
        this.assembly = assembly;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public ProposalView get(long meetingId, long proposalId) {
        return assembly.proposal(find(gate.editable(meetingId), proposalId));
    }

    public ProposalView create(long meetingId, ProposalForm form) {
        Meeting meeting = gate.editable(meetingId);
        enforce(meeting, form);
        Proposal saved = proposals.save(proposal(null, meetingId, form, null));
        gate.announceChange(meeting);
        return assembly.proposal(saved);
    }

    public ProposalView update(long meetingId, long proposalId, ProposalForm form) {
        Meeting meeting = gate.editable(meetingId);
        Proposal stored = find(meeting, proposalId);
        Versions.check("proposal", form.version(), stored.version(), () -> assembly.proposal(stored));
        enforce(meeting, form);
        Proposal saved = Versions.save(
                "proposal",
                () -> proposals.save(proposal(proposalId, meetingId, form, form.version())),
                () -> assembly.proposal(find(meeting, proposalId)));
        gate.announceChange(meeting);
        return assembly.proposal(saved);
    }

    public void delete(long meetingId, long proposalId) {
        Meeting meeting = gate.editable(meetingId);
        proposals.delete(find(meeting, proposalId));
        gate.announceChange(meeting);
    }

    private Proposal find(Meeting meeting, long proposalId) {
        return proposals
                .findById(proposalId)
                .filter(p -> p.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new RecordNotFound("Proposal", proposalId));
    }

    private void enforce(Meeting meeting, ProposalForm f) {
        List<PositionForm> positions = f.positions();
        Map<Long, InterventionTargets.Target> found = targets.find(Stream.concat(
                        Stream.of(f.interventionId()),
                        positions.stream().filter(Objects::nonNull).map(PositionForm::interventionId))
                .toList());
        InterventionTargets.Target origin = f.interventionId() == null ? null : found.get(f.interventionId());
        Rules rules = new Rules()
                .required(f.text(), "text")
                .maxLength(f.text(), 4000, "text")
                .check(
                        f.interventionId() == null || origin != null,
                        "interventionId",
                        "exists",
                        "must name an existing intervention")
                .check(
                        origin == null || origin.meetingId() == meeting.id(),
                        "interventionId",
                        "same-meeting",
                        "must name an intervention of this meeting, where the proposal was put forward");
        for (int i = 0; i < positions.size(); i++) {
            String field = "positions[" + i + "]";
            PositionForm p = positions.get(i);
            rules.required(p, field);
            if (p == null) {
                continue;
            }
            rules.required(p.stance(), field + ".stance")
                    .check(
                            p.personId() != null || p.interventionId() != null,
                            field + ".personId",
                            "required",
                            "give the person who took the position, the intervention where it was taken, or both")
                    .check(
                            p.personId() == null
                                    || directory.person(p.personId()).isPresent(),
                            field + ".personId",
                            "exists",
                            "must name an existing person")
                    .maxLength(p.note(), 2000, field + ".note");
            if (p.interventionId() != null) {
                InterventionTargets.Target target = found.get(p.interventionId());
                LinkCheck.sameGroup(
                                field + ".interventionId",
                                meeting.studyGroupId(),
                                target == null ? null : target.place())
                        .ifPresent(v -> rules.check(false, v.field(), v.rule(), v.message()));
            }
        }
        rules.enforce();
    }

    private static Proposal proposal(Long id, long meetingId, ProposalForm f, Integer version) {
        List<Proposal.Position> positions = f.positions().stream()
                .map(p -> new Proposal.Position(p.stance(), p.personId(), p.interventionId(), Text.clean(p.note())))
                .toList();
        return new Proposal(id, meetingId, f.interventionId(), f.text().strip(), positions, version);
    }
}
