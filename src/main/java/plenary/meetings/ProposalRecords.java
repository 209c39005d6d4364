package plenary.meetings;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.kernel.Rules;
import plenary.meetings.internal.Announcements;
import plenary.meetings.internal.InstitutionLinks;
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
public class ProposalRecords extends MeetingPartRecords<Proposal, ProposalForm, ProposalView> {

    private final InterventionTargets targets;
    private final RecordAssembly assembly;
    private final Directory directory;
    private final InstitutionLinks institutionLinks;

    ProposalRecords(
            ProposalRepository proposals,
            InterventionTargets targets,
            MeetingGate gate,
            Announcements announcements,
            RecordAssembly assembly,
            Directory directory,
            InstitutionLinks institutionLinks) {
        super("proposal", proposals, gate, announcements);
        this.targets = targets;
        this.assembly = assembly;
        this.directory = directory;
        this.institutionLinks = institutionLinks;
    }

    @Override
    ProposalView view(Proposal proposal) {
        return assembly.proposal(proposal);
    }

    @Override
    void enforce(Meeting meeting, @Nullable Proposal stored, ProposalForm f) {
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
                        origin == null || origin.meetingId() == meeting.savedId(),
                        "interventionId",
                        "same-meeting",
                        "must name an intervention of this meeting, where the proposal was put forward");
        institutionLinks.check(rules, "institutionIds", f.institutionIds());
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
                                    || directory
                                            .person(new PersonId(p.personId()))
                                            .isPresent(),
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

    @Override
    Proposal record(Meeting meeting, @Nullable Proposal stored, ProposalForm f) {
        // enforce() required every position and its stance.
        List<Proposal.Position> positions = f.positions().stream()
                .map(p -> new Proposal.Position(
                        Objects.requireNonNull(p.stance()), p.personId(), p.interventionId(), Text.clean(p.note())))
                .toList();
        return new Proposal(
                stored == null ? null : stored.id(),
                meeting.savedId(),
                f.interventionId(),
                Objects.requireNonNull(f.text()).strip(),
                positions,
                f.institutionIds().stream()
                        .distinct()
                        .map(Proposal.InstitutionRef::new)
                        .toList(),
                stored == null ? null : f.version());
    }
}
