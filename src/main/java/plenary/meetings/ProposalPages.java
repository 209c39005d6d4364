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
import plenary.directory.Directory;
import plenary.meetings.Interventions;
import plenary.meetings.PositionForm;
import plenary.meetings.ProposalForm;
import plenary.meetings.ProposalView;
import plenary.meetings.Proposals;
import plenary.web.FormErrors;
import plenary.web.Forms;

/** The form where a meeting's keepers record a proposal and the positions taken on it. */
@Controller
@RequestMapping("/meetings/{meetingId}/proposals")
class ProposalPages {

    private final Proposals proposals;
    private final Interventions interventions;
    private final Editing editing;
    private final Directory directory;

    ProposalPages(Proposals proposals, Interventions interventions, Editing editing, Directory directory) {
        this.proposals = proposals;
        this.interventions = interventions;
        this.editing = editing;
        this.directory = directory;
    }

    @GetMapping("/new")
    String blank(
            @PathVariable long meetingId,
            @RequestParam(name = "intervention", required = false) Long intervention,
            Model model) {
        return form(model, meetingId, null, new ProposalForm(null, intervention, null, null), FormErrors.none());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long meetingId, @PathVariable long id, Model model) {
        ProposalView p = proposals.get(meetingId, id);
        ProposalForm form = new ProposalForm(
                p.text(),
                p.interventionId(),
                p.positions().stream()
                        .map(x -> new PositionForm(x.stance(), x.personId(), x.interventionId(), x.note()))
                        .toList(),
                p.version());
        return form(model, meetingId, id, form, FormErrors.none());
    }

    @PostMapping
    String create(
            @PathVariable long meetingId,
            @ModelAttribute("form") ProposalForm form,
            BindingResult binding,
            Model model) {
        ProposalForm given = form.withoutBlankRows();
        return Forms.submit(
                binding,
                () -> proposals.create(meetingId, editing.bounded(given)),
                saved -> Editing.back(meetingId, "proposal-" + saved.id()),
                errors -> form(model, meetingId, null, given, errors));
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long meetingId,
            @PathVariable long id,
            @ModelAttribute("form") ProposalForm form,
            BindingResult binding,
            Model model) {
        ProposalForm given = form.withoutBlankRows();
        return Forms.submit(
                binding,
                () -> proposals.update(meetingId, id, editing.bounded(given)),
                saved -> Editing.back(meetingId, "proposal-" + id),
                errors -> form(model, meetingId, id, given, errors));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long meetingId, @PathVariable long id) {
        proposals.delete(meetingId, id);
        return Editing.back(meetingId, "proposals");
    }

    private String form(Model model, long meetingId, Long id, ProposalForm form, FormErrors errors) {
        model.addAttribute("people", directory.people());
        model.addAttribute("choices", interventions.positionChoices(meetingId));
        return editing.form(model, "meetings/proposal-form", meetingId, id, form, errors);
    }
}
