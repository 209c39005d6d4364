package plenary.meetings;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import plenary.institutions.InstitutionNamed;
import plenary.institutions.Institutions;
import plenary.kernel.Identifier;
import plenary.web.FormErrors;

/** The form where a meeting's keepers record an intervention, and the buttons that move it in its session. */
@Controller
@RequestMapping("/meetings/{meetingId}/interventions")
class InterventionPages extends MeetingPartPages<InterventionForm, InterventionView> {

    private final InterventionRecords interventions;
    private final Institutions institutions;

    InterventionPages(InterventionRecords interventions, Editing editing, Institutions institutions) {
        super(interventions, editing, "meetings/intervention-form");
        this.interventions = interventions;
        this.institutions = institutions;
    }

    /** A new intervention started from a session goes into it. */
    @GetMapping("/new")
    String blank(
            @PathVariable MeetingId meetingId,
            @RequestParam(name = "session", required = false) @Nullable Long session,
            Model model) {
        InterventionForm form = new InterventionForm(
                session, null, null, null, null, null, null, Subjects.none(), List.of(), null, null);
        return form(model, meetingId, null, form, FormErrors.none());
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable MeetingId meetingId, @PathVariable long id, @RequestParam("to") int position) {
        return Editing.back(meetingId, placeOf(interventions.move(meetingId, id, position)));
    }

    @Override
    InterventionForm formOf(InterventionView i) {
        return new InterventionForm(
                i.sessionId(),
                null,
                Identifier.numberOf(i.speakerPersonId()),
                i.kind(),
                i.summary(),
                i.paperTitle(),
                i.stance(),
                i.subjects(),
                i.links().stream().map(l -> new Link(l.kind(), l.targetId())).toList(),
                i.speakerDescribedBy(),
                i.version());
    }

    @Override
    void offerChoices(Model model, MeetingId meetingId) {
        model.addAttribute("institutions", institutions.all());
        model.addAttribute("choices", interventions.linkChoices(meetingId));
    }

    @Override
    void offerSuggestions(Model model, InterventionForm form) {
        List<InstitutionNamed> named = form.summary() == null ? List.of() : institutions.namedIn(form.summary());
        model.addAttribute(
                "suggestions", InstitutionNamed.notLinked(named, form.subjects().institutionIds()));
    }

    @Override
    String placeOf(InterventionView saved) {
        return "intervention-" + saved.id();
    }

    @Override
    InterventionForm withoutBlankRows(InterventionForm given) {
        return given.withoutBlankRows();
    }
}
