package plenary.positions;

import java.util.List;

/** The positions taken on a proposal at one meeting, in the record's order. */
public record MeetingPositions(MeetingRef meeting, List<PositionTaken> positions) {

    public MeetingPositions {
        positions = List.copyOf(positions);
    }
}
