package plenary.meetings;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.kernel.Rules;
import plenary.meetings.internal.Announcements;
import plenary.meetings.internal.Meeting;
import plenary.meetings.internal.MeetingGate;
import plenary.meetings.internal.NextTask;
import plenary.meetings.internal.NextTaskRepository;
import plenary.meetings.internal.Positions;
import plenary.meetings.internal.RecordAssembly;

/** What a meeting decided to do next, in order, kept by those who keep the meeting's record. */
@Service
public class NextTaskRecords extends OrderedPartRecords<NextTask, NextTaskForm, NextTaskView> {

    private final Positions positions;
    private final RecordAssembly assembly;
    private final Directory directory;

    NextTaskRecords(
            NextTaskRepository tasks,
            Positions positions,
            MeetingGate gate,
            Announcements announcements,
            RecordAssembly assembly,
            Directory directory) {
        super("next task", tasks, gate, announcements);
        this.positions = positions;
        this.assembly = assembly;
        this.directory = directory;
    }

    @Override
    NextTaskView view(NextTask task) {
        return assembly.nextTask(task);
    }

    /** A new task goes last unless placed; a changed one stays where it is unless moved. */
    @Override
    void placed(Meeting meeting, @Nullable NextTask before, NextTask saved, NextTaskForm form) {
        Integer wanted = form.position() != null ? form.position() : before == null ? null : before.position();
        renumber(Positions.place(positions.nextTasksOf(meeting.savedId()), saved.savedId(), wanted));
    }

    @Override
    List<Long> sequenceOf(NextTask task) {
        return positions.nextTasksOf(task.meetingId());
    }

    @Override
    void renumber(List<Long> ordered) {
        positions.renumberNextTasks(ordered);
    }

    @Override
    void enforce(Meeting meeting, @Nullable NextTask stored, NextTaskForm f) {
        int places = positions.nextTasksOf(meeting.savedId()).size() + (stored == null ? 1 : 0);
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
        Set<PersonId> known = directory
                .people(f.ownerPersonIds().stream()
                        .filter(Objects::nonNull)
                        .map(PersonId::new)
                        .toList())
                .keySet();
        for (int i = 0; i < f.ownerPersonIds().size(); i++) {
            Long id = f.ownerPersonIds().get(i);
            String field = "ownerPersonIds[" + i + "]";
            rules.required(id, field)
                    .check(
                            id == null || known.contains(new PersonId(id)),
                            field,
                            "exists",
                            "must name an existing person");
        }
        rules.enforce();
    }

    @Override
    NextTask record(Meeting meeting, @Nullable NextTask stored, NextTaskForm f) {
        List<NextTask.Owner> owners =
                f.ownerPersonIds().stream().distinct().map(NextTask.Owner::new).toList();
        return new NextTask(
                stored == null ? null : stored.id(),
                meeting.savedId(),
                stored == null ? positions.nextTasksOf(meeting.savedId()).size() + 1 : stored.position(),
                // enforce() required the description and the owner.
                Objects.requireNonNull(f.description()).strip(),
                Objects.requireNonNull(f.owner()).strip(),
                owners,
                f.dueOn(),
                Text.clean(f.dueNote()),
                stored == null ? null : f.version());
    }
}
