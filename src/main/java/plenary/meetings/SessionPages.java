package plenary.meetings.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import plenary.directory.Directory;
import plenary.meetings.SessionForm;
import plenary.meetings.SessionView;
import plenary.meetings.Sessions;
import plenary.web.FormErrors;
import plenary.web.Forms;

/** The form where a meeting's keepers add, change and delete a session. */
@Controller
@RequestMapping("/meetings/{meetingId}/sessions")
class SessionPages {

    private final Sessions sessions;
    private final Editing editing;
    private final Directory directory;

    SessionPages(Sessions sessions, Editing editing, Directory directory) {
        this.sessions = sessions;
        this.editing = editing;
        this.directory = directory;
    }

    @GetMapping("/new")
    String blank(@PathVariable long meetingId, Model model) {
        int next = editing.meeting(meetingId).sessions().size() + 1;
        return form(model, meetingId, null, new SessionForm(next, null, List.of(), null, null), FormErrors.none());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long meetingId, @PathVariable long id, Model model) {
        SessionView s = sessions.get(meetingId, id);
        SessionForm form = new SessionForm(s.number(), s.theme(), s.objectives(), s.chairPersonId(), s.version());
        return form(model, meetingId, id, form, FormErrors.none());
    }

    @PostMapping
    String create(
            @PathVariable long meetingId,
            @ModelAttribute("form") SessionForm form,
            BindingResult binding,
            Model model) {
        SessionForm given = form.withoutBlankLines();
        return Forms.submit(
                binding,
                () -> sessions.create(meetingId, editing.bounded(given)),
                saved -> Editing.back(meetingId, "session-" + saved.id()),
                errors -> form(model, meetingId, null, given, errors));
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long meetingId,
            @PathVariable long id,
            @ModelAttribute("form") SessionForm form,
            BindingResult binding,
            Model model) {
        SessionForm given = form.withoutBlankLines();
        return Forms.submit(
                binding,
                () -> sessions.update(meetingId, id, editing.bounded(given)),
                saved -> Editing.back(meetingId, "session-" + id),
                errors -> form(model, meetingId, id, given, errors));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long meetingId, @PathVariable long id) {
        sessions.delete(meetingId, id);
        return Editing.back(meetingId, null);
    }

    private String form(Model model, long meetingId, Long id, SessionForm form, FormErrors errors) {
        model.addAttribute("people", directory.people());
        return editing.form(model, "meetings/session-form", meetingId, id, form, errors);
    }
}
