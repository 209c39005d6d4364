package plenary.meetings;

import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.annotation.Transactional;
import plenary.kernel.RecordInUse;
import plenary.kernel.RecordNotFound;
import plenary.kernel.Versions;
import plenary.meetings.internal.Announcements;
import plenary.meetings.internal.Meeting;
import plenary.meetings.internal.MeetingGate;
import plenary.meetings.internal.MeetingPart;

/**
 * The commands of one kind of record kept inside a meeting, in the one sequence they all follow: only the
 * meeting's keepers pass; the record is found within its meeting, never another's; a change must name the version
 * it was made on; the kind's rules hold; it is saved; the meeting's change is announced; the caller gets the
 * record as it is now stored. Each kind says only what is its own: its rules, how a form becomes a record, what
 * keeps a record from going, and where it stands among the others.
 *
 * @param <R> the stored record
 * @param <F> the request that creates or changes it
 * @param <V> the record as it is read
 */
@Transactional
abstract class MeetingPartRecords<R extends MeetingPart, F extends MeetingPartForm, V> {

    private final String what;
    private final CrudRepository<R, Long> repository;
    private final MeetingGate gate;
    private final Announcements announcements;

    MeetingPartRecords(String what, CrudRepository<R, Long> repository, MeetingGate gate, Announcements announcements) {
        this.what = what;
        this.repository = repository;
        this.gate = gate;
        this.announcements = announcements;
    }

    /** The record as its edit form needs it, for one who keeps the meeting's record. */
    @Transactional(readOnly = true)
    public V get(MeetingId meetingId, long id) {
        return view(find(gate.editable(meetingId), id));
    }

    public V create(MeetingId meetingId, F form) {
        Meeting meeting = gate.editable(meetingId);
        enforce(meeting, null, form);
        R saved = repository.save(record(meeting, null, form));
        placed(meeting, null, saved, form);
        announcements.recordChanged(meeting);
        return answer(saved);
    }

    public V update(MeetingId meetingId, long id, F form) {
        Meeting meeting = gate.editable(meetingId);
        R stored = find(meeting, id);
        Versions.check(what, form.version(), stored.savedVersion(), () -> view(stored));
        enforce(meeting, stored, form);
        R saved = Versions.save(
                what, () -> repository.save(record(meeting, stored, form)), () -> view(find(meeting, id)));
        placed(meeting, stored, saved, form);
        announcements.recordChanged(meeting);
        return answer(saved);
    }

    /** Deletes the record, unless something still needs it. */
    public void delete(MeetingId meetingId, long id) {
        Meeting meeting = gate.editable(meetingId);
        R stored = find(meeting, id);
        String why = whyItStays(stored);
        if (why != null) {
            throw new RecordInUse(why);
        }
        repository.delete(stored);
        removed(stored);
        announcements.recordChanged(meeting);
    }

    /** The record of that meeting with that id; not found when it belongs to another meeting. */
    final R find(Meeting meeting, long id) {
        return repository
                .findById(id)
                .filter(r -> r.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new RecordNotFound(Character.toUpperCase(what.charAt(0)) + what.substring(1), id));
    }

    /** The saved record as the caller gets it back; a kind kept in order reads it again, as placing it moved it. */
    V answer(R saved) {
        return view(saved);
    }

    final V reloaded(long id) {
        return view(repository.findById(id).orElseThrow());
    }

    /** The meeting, if the one signed in keeps its record; refused otherwise. */
    final Meeting editable(MeetingId meetingId) {
        return gate.editable(meetingId);
    }

    /** Tells the other modules that the meeting's record changed (a move, which is no save). */
    final void announceChange(Meeting meeting) {
        announcements.recordChanged(meeting);
    }

    abstract V view(R record);

    /** Refuses the form, naming each broken rule; {@code stored} is null when the form creates. */
    abstract void enforce(Meeting meeting, @Nullable R stored, F form);

    /** The record to save: a new one when {@code stored} is null, else the stored one as the form changes it. */
    abstract R record(Meeting meeting, @Nullable R stored, F form);

    /** Why the record cannot be deleted yet, or null when nothing needs it. */
    @Nullable String whyItStays(R stored) {
        return null;
    }

    /** After a save: where a record kept in order now stands among the others. */
    void placed(Meeting meeting, @Nullable R before, R saved, F form) {}

    /** After a delete: the others close up behind a record kept in order. */
    void removed(R stored) {}
}
