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
import plenary.directory.Directory;
import plenary.meetings.Capacity;
import plenary.meetings.ParticipantForm;
import plenary.meetings.ParticipantView;
import plenary.meetings.Participants;
import plenary.web.FormErrors;
import plenary.web.Forms;

/** The form where a meeting's keepers record who took part, and in what capacity. */
@Controller
@RequestMapping("/meetings/{meetingId}/participants")
class ParticipantPages {

    private final Participants participants;
    private final Editing editing;
    private final Directory directory;

    ParticipantPages(Participants participants, Editing editing, Directory directory) {
        this.participants = participants;
        this.editing = editing;
        this.directory = directory;
    }

    @GetMapping("/new")
    String blank(@PathVariable long meetingId, Model model) {
        return form(model, meetingId, null, new ParticipantForm(null, Capacity.PARTICIPANT, null), FormErrors.none());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long meetingId, @PathVariable long id, Model model) {
        ParticipantView p = participants.get(meetingId, id);
        return form(
                model, meetingId, id, new ParticipantForm(p.personId(), p.capacity(), p.version()), FormErrors.none());
    }

    @PostMapping
    String create(
            @PathVariable long meetingId,
            @Valid @ModelAttribute("form") ParticipantForm form,
            BindingResult binding,
            Model model) {
        return Forms.submit(
                binding,
                () -> participants.create(meetingId, form),
                saved -> Editing.back(meetingId, "participants"),
                errors -> form(model, meetingId, null, form, errors));
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long meetingId,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ParticipantForm form,
            BindingResult binding,
            Model model) {
        return Forms.submit(
                binding,
                () -> participants.update(meetingId, id, form),
                saved -> Editing.back(meetingId, "participants"),
                errors -> form(model, meetingId, id, form, errors));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long meetingId, @PathVariable long id) {
        participants.delete(meetingId, id);
        return Editing.back(meetingId, "participants");
    }

    private String form(Model model, long meetingId, Long id, ParticipantForm form, FormErrors errors) {
        model.addAttribute("people", directory.people());
        return editing.form(model, "meetings/participant-form", meetingId, id, form, errors);
    }
}
