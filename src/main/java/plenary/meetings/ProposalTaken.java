package plenary.meetings;

import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.directory.PersonId;

/**
 * A proposal of a study group's meeting with the positions taken on it, as a memorandum needs it to tell where the
 * proposals its paragraphs cite stand: read for many proposals at once, without the meetings' whole records.
 *
 * @param finalMeeting whether it was put forward at the last meeting the study group planned
 */
public record ProposalTaken(
        long id,
        String text,
        MeetingId meetingId,
        int ordinal,
        boolean finalMeeting,
        String city,
        List<Position> positions) {

    public ProposalTaken {
        positions = List.copyOf(positions);
    }

    /** The meeting in words: "the third and final meeting". */
    public String meeting() {
        return Ordinals.meeting(ordinal, finalMeeting);
    }

    /**
     * A position taken on the proposal, in the order of the record.
     *
     * @param holderId the person the position names, or else the speaker of the intervention it was taken in, where
     *     that intervention is of the study group's meetings; null where the record names nobody
     */
    public record Position(
            PositionStance stance,
            @Nullable PersonId holderId,
            @Nullable String note) {

        /** The name the record gives a holder the directory does not know: "(person 12)". */
        public @Nullable String nameInRecord() {
            return holderId == null ? null : "(person " + holderId.value() + ")";
        }
    }
}
