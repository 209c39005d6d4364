package plenary.meetings;

import java.util.List;
import org.springframework.data.repository.CrudRepository;
import plenary.kernel.InvalidRecord;
import plenary.meetings.internal.Announcements;
import plenary.meetings.internal.Meeting;
import plenary.meetings.internal.MeetingGate;
import plenary.meetings.internal.MeetingPart;
import plenary.meetings.internal.Positions;

/**
 * The commands of a kind of record kept in order inside a meeting (interventions in their session, next tasks in
 * their meeting): besides the common sequence, a record can be moved to another place, and the others close up
 * behind it.
 */
abstract class OrderedPartRecords<R extends MeetingPart, F extends MeetingPartForm, V>
        extends MeetingPartRecords<R, F, V> {

    OrderedPartRecords(String what, CrudRepository<R, Long> repository, MeetingGate gate, Announcements announcements) {
        super(what, repository, gate, announcements);
    }

    /** Moves a record to another place in its sequence; the others close up behind it. */
    public V move(MeetingId meetingId, long id, int position) {
        Meeting meeting = editable(meetingId);
        R stored = find(meeting, id);
        List<Long> order = sequenceOf(stored);
        if (!Positions.fits(position, order.size())) {
            throw InvalidRecord.of("position", "range", "must be between 1 and " + order.size());
        }
        renumber(Positions.place(order, id, position));
        announceChange(meeting);
        return reloaded(id);
    }

    @Override
    V answer(R saved) {
        return reloaded(saved.savedId());
    }

    @Override
    void removed(R stored) {
        renumber(sequenceOf(stored));
    }

    /** The ids of the sequence the record stands in, in their order. */
    abstract List<Long> sequenceOf(R record);

    /** Gives the records positions 1…n in this order. */
    abstract void renumber(List<Long> ordered);
}
