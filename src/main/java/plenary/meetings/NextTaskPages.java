package plenary.meetings;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import plenary.directory.Directory;
import plenary.kernel.Identifier;
import plenary.web.FormErrors;

/** The form where a meeting's keepers record what is to be done next, by whom and by when. */
@Controller
@RequestMapping("/meetings/{meetingId}/next-tasks")
class NextTaskPages extends MeetingPartPages<NextTaskForm, NextTaskView> {

    private final NextTaskRecords tasks;
    private final Directory directory;

    NextTaskPages(NextTaskRecords tasks, Editing editing, Directory directory) {
        super(tasks, editing, "meetings/next-task-form");
        this.tasks = tasks;
        this.directory = directory;
    }

    @GetMapping("/new")
    String blank(@PathVariable MeetingId meetingId, Model model) {
        return form(
                model,
                meetingId,
                null,
                new NextTaskForm(null, null, List.of(), null, null, null, null),
                FormErrors.none());
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable MeetingId meetingId, @PathVariable long id, @RequestParam("to") int position) {
        return Editing.back(meetingId, placeOf(tasks.move(meetingId, id, position)));
    }

    @Override
    NextTaskForm formOf(NextTaskView t) {
        return new NextTaskForm(
                t.description(),
                t.owner(),
                // An edit form reads the named record, which names the owners.
                Identifier.numbersOf(Objects.requireNonNull(t.ownerPersonIds())),
                t.dueOn(),
                t.dueNote(),
                null,
                t.version());
    }

    @Override
    void offerChoices(Model model, MeetingId meetingId) {
        model.addAttribute("people", directory.people());
    }

    @Override
    String placeOf(NextTaskView saved) {
        return "next-tasks";
    }

    @Override
    String placeAfterDelete() {
        return "next-tasks";
    }
}
