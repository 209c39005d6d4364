package plenary.positions.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import plenary.meetings.InterventionView;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.PositionView;
import plenary.meetings.ProposalView;
import plenary.positions.MeetingPositions;
import plenary.positions.MeetingRef;
import plenary.positions.Outcome;
import plenary.positions.PositionTaken;
import plenary.positions.ProposalPositions;

/**
 * The proposals of a study group's meetings with the positions taken on them, meeting by meeting, read from the
 * records as the reader is given them. A position is the meeting's where its intervention was made, else the
 * proposal's own. Its holder is the record's: where it was taken at a later meeting whose names the reader may not
 * see, the holder is that meeting's description of the speaker, or "a participant" when the position names someone
 * of its own, since the proposal's meeting may describe people more closely than the later meeting's rule allows.
 */
public final class PositionLines {

    static final String SOMEONE = "a participant";

    private final List<MeetingRecord> meetings;
    private final Map<Long, MeetingRecord> meetingOfIntervention = new HashMap<>();
    private final Map<Long, InterventionView> interventions = new HashMap<>();

    /** @param meetings the group's meetings in the order of the series, as the reader may see them */
    public PositionLines(List<MeetingRecord> meetings) {
        this.meetings = List.copyOf(meetings);
        for (MeetingRecord m : meetings) {
            m.sessions()
                    .forEach(s -> s.interventionsInOrder().forEach(i -> {
                        interventions.put(i.id(), i);
                        meetingOfIntervention.put(i.id(), m);
                    }));
        }
    }

    /** Every proposal of the meetings, in the order of the series, with its outcome. */
    public List<ProposalPositions> all(LongFunction<Outcome> outcomes) {
        List<ProposalPositions> lines = new ArrayList<>();
        for (MeetingRecord meeting : meetings) {
            for (ProposalView proposal : meeting.proposals()) {
                lines.add(line(meeting, proposal, outcomes.apply(proposal.id())));
            }
        }
        return lines;
    }

    private ProposalPositions line(MeetingRecord meeting, ProposalView proposal, Outcome outcome) {
        Map<MeetingId, List<PositionTaken>> byMeeting = new LinkedHashMap<>();
        for (PositionView position : proposal.positions()) {
            MeetingRecord at = takenAt(meeting, position);
            byMeeting
                    .computeIfAbsent(at.id(), m -> new ArrayList<>())
                    .add(new PositionTaken(position.stance(), holder(meeting, at, position), position.note()));
        }
        List<MeetingPositions> positions = new ArrayList<>();
        // In the order of the series, whatever order the positions were recorded in.
        for (MeetingRecord m : meetings) {
            List<PositionTaken> taken = byMeeting.get(m.id());
            if (taken != null) {
                positions.add(new MeetingPositions(Refs.of(m), taken));
            }
        }
        MeetingRef ref = Refs.of(meeting);
        return new ProposalPositions(proposal.id(), meeting.studyGroupId(), proposal.text(), ref, positions, outcome);
    }

    private MeetingRecord takenAt(MeetingRecord proposalMeeting, PositionView position) {
        MeetingRecord at =
                position.interventionId() == null ? null : meetingOfIntervention.get(position.interventionId());
        return at == null ? proposalMeeting : at;
    }

    private @Nullable String holder(MeetingRecord proposalMeeting, MeetingRecord at, PositionView position) {
        InterventionView taken =
                position.interventionId() == null ? null : interventions.get(position.interventionId());
        String speaker = taken == null ? null : taken.speaker();
        if (at.id().equals(proposalMeeting.id()) || at.named()) {
            return position.holder() != null ? position.holder() : speaker;
        }
        return position.holder() == null ? speaker : SOMEONE;
    }
}
