package plenary.meetings.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import plenary.directory.Directory;
import plenary.meetings.NextTaskForm;
import plenary.meetings.NextTaskView;
import plenary.meetings.NextTasks;
import plenary.web.FormErrors;
import plenary.web.Forms;

/** The form where a meeting's keepers record what is to be done next, by whom and by when. */
@Controller
@RequestMapping("/meetings/{meetingId}/next-tasks")
class NextTaskPages {

    private final NextTasks tasks;
    private final Editing editing;
    private final Directory directory;

    NextTaskPages(NextTasks tasks, Editing editing, Directory directory) {
        this.tasks = tasks;
        this.editing = editing;
        this.directory = directory;
    }

    @GetMapping("/new")
    String blank(@PathVariable long meetingId, Model model) {
        return form(
                model, meetingId, null, new NextTaskForm(null, null, null, null, null, null, null), FormErrors.none());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long meetingId, @PathVariable long id, Model model) {
        NextTaskView t = tasks.get(meetingId, id);
        NextTaskForm form = new NextTaskForm(
                t.description(), t.owner(), t.ownerPersonIds(), t.dueOn(), t.dueNote(), null, t.version());
        return form(model, meetingId, id, form, FormErrors.none());
    }

    @PostMapping
    String create(
            @PathVariable long meetingId,
            @Valid @ModelAttribute("form") NextTaskForm form,
            BindingResult binding,
            Model model) {
        return Forms.submit(
                binding,
                () -> tasks.create(meetingId, form),
                saved -> Editing.back(meetingId, "next-tasks"),
                errors -> form(model, meetingId, null, form, errors));
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long meetingId,
            @PathVariable long id,
            @Valid @ModelAttribute("form") NextTaskForm form,
            BindingResult binding,
            Model model) {
        return Forms.submit(
                binding,
                () -> tasks.update(meetingId, id, form),
                saved -> Editing.back(meetingId, "next-tasks"),
                errors -> form(model, meetingId, id, form, errors));
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long meetingId, @PathVariable long id, @RequestParam("to") int position) {
        tasks.move(meetingId, id, position);
        return Editing.back(meetingId, "next-tasks");
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long meetingId, @PathVariable long id) {
        tasks.delete(meetingId, id);
        return Editing.back(meetingId, "next-tasks");
    }

    private String form(Model model, long meetingId, Long id, NextTaskForm form, FormErrors errors) {
        model.addAttribute("people", directory.people());
        return editing.form(model, "meetings/next-task-form", meetingId, id, form, errors);
    }
}
