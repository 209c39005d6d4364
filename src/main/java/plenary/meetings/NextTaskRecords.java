package plenary.meetings;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.Directory;
import plenary.kernel.InvalidRecord;
import plenary.kernel.RecordNotFound;
import plenary.kernel.Rules;
import plenary.kernel.Versions;
import plenary.meetings.internal.Meeting;
import plenary.meetings.internal.MeetingGate;
import plenary.meetings.internal.NextTask;
import plenary.meetings.internal.NextTaskRepository;
import plenary.meetings.internal.Ordering;
import plenary.meetings.internal.Positions;
import plenary.meetings.internal.RecordAssembly;

/** What a meeting decided to do next, in order, kept by those who keep the meeting's record. */
@Service
@Transactional
public class NextTasks {

    private final NextTaskRepository tasks;
    private final Positions positions;
    private final MeetingGate gate;
    private final RecordAssembly assembly;
    private final Directory directory;

    NextTasks(
            NextTaskRepository tasks,
            Positions positions,
            MeetingGate gate,
            RecordAssembly assembly,
            Directory directory) {
        this.tasks = tasks;
        this.positions = positions;
        this.gate = gate;
        this.assembly = assembly;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public NextTaskView get(long meetingId, long taskId) {
        return assembly.nextTask(find(gate.editable(meetingId), taskId));
    }

    public NextTaskView create(long meetingId, NextTaskForm form) {
        Meeting meeting = gate.editable(meetingId);
        List<Long> order = positions.nextTasksOf(meetingId);
        enforce(form, order.size() + 1);
        NextTask saved = tasks.save(task(null, meetingId, form, order.size() + 1, null));
        positions.renumberNextTasks(Ordering.place(order, saved.id(), form.position()));
        gate.announceChange(meeting);
        return reloaded(saved.id());
    }

    public NextTaskView update(long meetingId, long taskId, NextTaskForm form) {
        Meeting meeting = gate.editable(meetingId);
        NextTask stored = find(meeting, taskId);
        Versions.check("next task", form.version(), stored.version(), () -> assembly.nextTask(stored));
        List<Long> order = positions.nextTasksOf(meetingId);
        enforce(form, order.size());
        Versions.save(
                "next task",
                () -> tasks.save(task(taskId, meetingId, form, stored.position(), form.version())),
                () -> reloaded(taskId));
        positions.renumberNextTasks(
                Ordering.place(order, taskId, form.position() != null ? form.position() : stored.position()));
        gate.announceChange(meeting);
        return reloaded(taskId);
    }

    /** Moves a next task to another place in the meeting's list; the others close up behind it. */
    public NextTaskView move(long meetingId, long taskId, int position) {
        Meeting meeting = gate.editable(meetingId);
        find(meeting, taskId);
        List<Long> order = positions.nextTasksOf(meetingId);
        if (!Ordering.fits(position, order.size())) {
            throw InvalidRecord.of("position", "range", "must be between 1 and " + order.size());
        }
        positions.renumberNextTasks(Ordering.place(order, taskId, position));
        gate.announceChange(meeting);
        return reloaded(taskId);
    }

    public void delete(long meetingId, long taskId) {
        Meeting meeting = gate.editable(meetingId);
        tasks.delete(find(meeting, taskId));
        positions.renumberNextTasks(positions.nextTasksOf(meetingId));
        gate.announceChange(meeting);
    }

    private NextTask find(Meeting meeting, long taskId) {
        return tasks.findById(taskId)
                .filter(t -> t.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new RecordNotFound("Next task", taskId));
    }

    private NextTaskView reloaded(long id) {
        return assembly.nextTask(tasks.findById(id).orElseThrow());
    }

    private void enforce(NextTaskForm f, int places) {
        Rules rules = new Rules()
                .required(f.description(), "description")
                .maxLength(f.description(), 2000, "description")
                .required(f.owner(), "owner")
                .maxLength(f.owner(), 300, "owner")
                .maxLength(f.dueNote(), 300, "dueNote")
                .check(
                        f.position() == null || f.position() >= 1 && f.position() <= places,
                        "position",
                        "range",
                        "must be between 1 and " + places);
        Set<Long> known = directory
                .people(f.ownerPersonIds().stream()
                        .filter(java.util.Objects::nonNull)
                        .toList())
                .keySet();
        for (int i = 0; i < f.ownerPersonIds().size(); i++) {
            Long id = f.ownerPersonIds().get(i);
            String field = "ownerPersonIds[" + i + "]";
            rules.required(id, field)
                    .check(id == null || known.contains(id), field, "exists", "must name an existing person");
        }
        rules.enforce();
    }

    private static NextTask task(Long id, long meetingId, NextTaskForm f, int position, Integer version) {
        List<NextTask.Owner> owners =
                f.ownerPersonIds().stream().distinct().map(NextTask.Owner::new).toList();
        return new NextTask(
                id,
                meetingId,
                position,
                f.description().strip(),
                f.owner().strip(),
                owners,
                f.dueOn(),
                Text.clean(f.dueNote()),
                version);
    }
}
