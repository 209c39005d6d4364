package plenary.meetings.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import plenary.institutions.Institutions;
import plenary.meetings.InterventionForm;
import plenary.meetings.InterventionView;
import plenary.meetings.Interventions;
import plenary.meetings.Link;
import plenary.meetings.Subjects;
import plenary.web.FormErrors;
import plenary.web.Forms;

/** The form where a meeting's keepers record an intervention, and the buttons that move it in its session. */
@Controller
@RequestMapping("/meetings/{meetingId}/interventions")
class InterventionPages {

    private final Interventions interventions;
    private final Editing editing;
    private final Institutions institutions;

    InterventionPages(Interventions interventions, Editing editing, Institutions institutions) {
        this.interventions = interventions;
        this.editing = editing;
        this.institutions = institutions;
    }

    @GetMapping("/new")
    String blank(
            @PathVariable long meetingId, @RequestParam(name = "session", required = false) Long session, Model model) {
        InterventionForm form =
                new InterventionForm(session, null, null, null, null, null, null, Subjects.none(), null, null, null);
        return form(model, meetingId, null, form, FormErrors.none());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long meetingId, @PathVariable long id, Model model) {
        InterventionView i = interventions.get(meetingId, id);
        InterventionForm form = new InterventionForm(
                i.sessionId(),
                null,
                i.speakerPersonId(),
                i.kind(),
                i.summary(),
                i.paperTitle(),
                i.stance(),
                i.subjects(),
                i.links().stream().map(l -> new Link(l.kind(), l.targetId())).toList(),
                i.speakerDescribedBy(),
                i.version());
        return form(model, meetingId, id, form, FormErrors.none());
    }

    @PostMapping
    String create(
            @PathVariable long meetingId,
            @ModelAttribute("form") InterventionForm form,
            BindingResult binding,
            Model model) {
        InterventionForm given = form.withoutBlankRows();
        return Forms.submit(
                binding,
                () -> interventions.create(meetingId, editing.bounded(given)),
                saved -> Editing.back(meetingId, "intervention-" + saved.id()),
                errors -> form(model, meetingId, null, given, errors));
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long meetingId,
            @PathVariable long id,
            @ModelAttribute("form") InterventionForm form,
            BindingResult binding,
            Model model) {
        InterventionForm given = form.withoutBlankRows();
        return Forms.submit(
                binding,
                () -> interventions.update(meetingId, id, editing.bounded(given)),
                saved -> Editing.back(meetingId, "intervention-" + id),
                errors -> form(model, meetingId, id, given, errors));
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long meetingId, @PathVariable long id, @RequestParam("to") int position) {
        interventions.move(meetingId, id, position);
        return Editing.back(meetingId, "intervention-" + id);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long meetingId, @PathVariable long id) {
        interventions.delete(meetingId, id);
        return Editing.back(meetingId, null);
    }

    private String form(Model model, long meetingId, Long id, InterventionForm form, FormErrors errors) {
        model.addAttribute("institutions", institutions.all());
        model.addAttribute("choices", interventions.linkChoices(meetingId));
        return editing.form(model, "meetings/intervention-form", meetingId, id, form, errors);
    }
}
