package plenary.meetings.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import plenary.directory.PersonId;
import plenary.meetings.AttributionRule;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.PositionView;
import plenary.meetings.ProposalView;

/**
 * A position may be taken on a proposal at a later meeting than the one it was put forward at, and that meeting
 * may withhold names the earlier one gives. Such a position is shown as its own meeting's rule lets the reader see
 * it, whatever the proposal's meeting allows: otherwise a named first meeting would name who spoke under the
 * non-attribution rule of the second.
 */
@Component
public class LaterPositions {

    private final InterventionTargets targets;
    private final MeetingGate gate;
    private final RecordAssembly assembly;

    LaterPositions(InterventionTargets targets, MeetingGate gate, RecordAssembly assembly) {
        this.targets = targets;
        this.gate = gate;
        this.assembly = assembly;
    }

    /**
     * The record {@code shown} (the named one or its redaction, whichever the reader may see), with each position
     * taken at another meeting whose names this reader may not see described under that meeting's rule.
     */
    public MeetingRecord described(MeetingRecord named, MeetingRecord shown) {
        Map<Long, AttributionRule> withheld = withheldRules(named);
        if (withheld.isEmpty()) {
            return shown;
        }
        List<ProposalView> proposals = new ArrayList<>();
        for (int p = 0; p < shown.proposals().size(); p++) {
            ProposalView full = named.proposals().get(p);
            ProposalView seen = shown.proposals().get(p);
            List<PositionView> positions = new ArrayList<>();
            for (int x = 0; x < seen.positions().size(); x++) {
                PositionView taken = full.positions().get(x);
                AttributionRule rule = taken.interventionId() == null ? null : withheld.get(taken.interventionId());
                positions.add(rule == null ? seen.positions().get(x) : describedUnder(rule, taken));
            }
            proposals.add(new ProposalView(
                    seen.id(), seen.text(), seen.interventionId(), positions, seen.institutionIds(), seen.version()));
        }
        return shown.withProposals(proposals);
    }

    /** By intervention: the rule of the other meeting it was made at, where this reader may not see its names. */
    private Map<Long, AttributionRule> withheldRules(MeetingRecord named) {
        Set<Long> own = new HashSet<>();
        named.sessions().forEach(s -> s.interventionsInOrder().forEach(i -> own.add(i.id())));
        List<Long> elsewhere = named.proposals().stream()
                .flatMap(p -> p.positions().stream())
                .map(PositionView::interventionId)
                .filter(id -> id != null && !own.contains(id))
                .distinct()
                .toList();
        if (elsewhere.isEmpty()) {
            return Map.of();
        }
        Map<Long, Optional<AttributionRule>> ruleOfMeeting = new HashMap<>();
        Map<Long, AttributionRule> withheld = new HashMap<>();
        targets.find(elsewhere)
                .forEach((interventionId, target) -> ruleOfMeeting
                        .computeIfAbsent(target.meetingId(), this::ruleWithheld)
                        .ifPresent(rule -> withheld.put(interventionId, rule)));
        return withheld;
    }

    // The meeting's rule when the reader may not see its named record; empty when they may.
    private Optional<AttributionRule> ruleWithheld(long meetingId) {
        Meeting meeting = gate.meeting(new MeetingId(meetingId));
        AttributionRule rule = meeting.attributionRule();
        return gate.access(meeting).seesNamedRecord(rule) ? Optional.empty() : Optional.of(rule);
    }

    private PositionView describedUnder(AttributionRule rule, PositionView taken) {
        PersonId person = taken.personId();
        String holder = person == null ? null : assembly.describe(rule, person);
        return new PositionView(taken.stance(), null, holder, taken.interventionId(), taken.note());
    }
}
