package plenary.reports.composition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import plenary.directory.PersonId;
import plenary.documents.Document.Span;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionView;
import plenary.meetings.MeetingRecord;
import plenary.meetings.PositionStance;
import plenary.meetings.PositionView;
import plenary.meetings.ProposalView;

/**
 * The positions taken at the meeting on a proposal, as a rapporteur reports them after it: how it was received
 * ("There was broad support for this proposal", "The proposal met only opposition"), and each position that no
 * intervention of the meeting carries ("another participant opposed it on grounds of sovereignty"). A
 * qualified support carried by an intervention reads "supported it, although she cautioned that …".
 */
final class Reactions {

    // Notes that read on from "opposed it" without a comma: "on grounds of sovereignty", "only if …".
    private static final Set<String> ADVERBIAL = Set.of(
            "on", "for", "because", "since", "as", "given", "in", "with", "only", "provided", "unless", "if", "until");

    private final MeetingRecord meeting;
    private final ReportContext context;
    private final SpeakerReferences references;
    private final Map<Long, ProposalView> putForwardIn = new HashMap<>();
    private final Map<Long, PositionView> positionIn = new HashMap<>();
    private final Map<Long, ProposalView> proposalOfPositionIn = new HashMap<>();
    // Positions no intervention carries, said at the end of the exchange, after those that spoke.
    private final List<PositionView> pending = new ArrayList<>();

    Reactions(ReportContext context, SpeakerReferences references) {
        this.context = context;
        this.meeting = context.meeting();
        this.references = references;
        for (ProposalView proposal : meeting.proposals()) {
            if (proposal.interventionId() != null) {
                putForwardIn.put(proposal.interventionId(), proposal);
            }
            for (PositionView position : proposal.positions()) {
                if (position.interventionId() != null) {
                    positionIn.put(position.interventionId(), position);
                    proposalOfPositionIn.put(position.interventionId(), proposal);
                }
            }
        }
    }

    /** Whether the intervention takes a position on the proposal that the other one put forward. */
    boolean reactsTo(InterventionView intervention, InterventionView proposedIn) {
        ProposalView proposal = proposalOfPositionIn.get(intervention.id());
        return proposal != null && Long.valueOf(proposedIn.id()).equals(proposal.interventionId());
    }

    /**
     * Whether the intervention is a qualified support of a proposal put forward as one, to be said "supported it,
     * although …" (a remark recorded as qualifying an opinion keeps its own words).
     */
    boolean qualifies(InterventionView intervention) {
        PositionView position = positionIn.get(intervention.id());
        if (position == null
                || position.stance() != PositionStance.QUALIFIES
                || intervention.speakerPersonId() == null
                || Wording.isWholeSentence(Wording.predicate(intervention.summary()))) {
            return false;
        }
        ProposalView proposal = proposalOfPositionIn.get(intervention.id());
        Long proposedIn = proposal == null ? null : proposal.interventionId();
        return proposedIn != null
                && meeting.intervention(proposedIn)
                        .map(i -> i.kind() == InterventionKind.PROPOSAL)
                        .orElse(false);
    }

    /** How the proposal the intervention put forward was received, said right after it. */
    List<Span> to(InterventionView intervention) {
        ProposalView proposal = putForwardIn.get(intervention.id());
        if (proposal == null) {
            return List.of();
        }
        List<PositionView> here = proposal.positions().stream()
                .filter(p -> p.interventionId() == null
                        || meeting.intervention(p.interventionId()).isPresent())
                .toList();
        long supports =
                here.stream().filter(p -> p.stance() != PositionStance.OPPOSES).count();
        long opposes = here.size() - supports;
        List<Span> spans = new ArrayList<>();
        boolean broad = opposes == 0 && supports >= 3;
        if (broad) {
            spans.add(Span.text(" There was broad support for this proposal."));
        } else if (supports == 0 && opposes >= 2) {
            spans.add(Span.text(" The proposal met only opposition."));
        } else if (supports > 0 && opposes > 0 && here.size() >= 3) {
            spans.add(Span.text(" The proposal drew mixed reactions."));
        }
        if (!spans.isEmpty()) {
            references.noSpeaker();
        }
        for (PositionView position : here) {
            boolean saidAlready = broad && position.stance() == PositionStance.SUPPORTS;
            if (position.interventionId() == null
                    && !saidAlready
                    && position.personId() != null
                    && context.person(position.personId()) != null) {
                pending.add(position);
            }
        }
        return spans;
    }

    /** The positions of the exchange that no intervention carried: "Another participant opposed it on grounds …". */
    List<Span> endOfExchange() {
        List<Span> spans = new ArrayList<>();
        for (PositionView position : pending) {
            PersonId person = Objects.requireNonNull(position.personId());
            spans.add(Span.text(" "));
            spans.add(Span.speaker(Wording.capitalise(references.refer(person)), references.speakerEId(person)));
            spans.add(Span.text(" " + words(position) + "."));
        }
        pending.clear();
        return spans;
    }

    private static String words(PositionView position) {
        String note = position.note() == null ? null : trimStop(position.note().strip());
        String verb = position.stance() == PositionStance.OPPOSES ? "opposed it" : "supported it";
        if (note == null || note.isEmpty()) {
            return position.stance() == PositionStance.QUALIFIES ? verb + " with reservations" : verb;
        }
        if (position.stance() == PositionStance.QUALIFIES) {
            return verb + ", although " + note;
        }
        String first = note.split("\\s+", 2)[0].toLowerCase();
        return ADVERBIAL.contains(first) ? verb + " " + note : verb + ", noting that " + note;
    }

    private static String trimStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
