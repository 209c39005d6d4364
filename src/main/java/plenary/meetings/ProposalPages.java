package plenary.meetings;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import plenary.directory.Directory;
import plenary.institutions.InstitutionNamed;
import plenary.institutions.Institutions;
import plenary.kernel.Identifier;
import plenary.web.FormErrors;

/** The form where a meeting's keepers record a proposal and the positions taken on it. */
@Controller
@RequestMapping("/meetings/{meetingId}/proposals")
class ProposalPages extends MeetingPartPages<ProposalForm, ProposalView> {

    private final InterventionRecords interventions;
    private final Directory directory;
    private final Institutions institutions;

    ProposalPages(
            ProposalRecords proposals,
            InterventionRecords interventions,
            Editing editing,
            Directory directory,
            Institutions institutions) {
        super(proposals, editing, "meetings/proposal-form");
        this.interventions = interventions;
        this.directory = directory;
        this.institutions = institutions;
    }

    /** A proposal started from an intervention names it as where the proposal was put forward. */
    @GetMapping("/new")
    String blank(
            @PathVariable MeetingId meetingId,
            @RequestParam(name = "intervention", required = false) @Nullable Long intervention,
            Model model) {
        return form(
                model,
                meetingId,
                null,
                new ProposalForm(null, intervention, List.of(), List.of(), null),
                FormErrors.none());
    }

    @Override
    ProposalForm formOf(ProposalView p) {
        return new ProposalForm(
                p.text(),
                p.interventionId(),
                p.positions().stream()
                        .map(x -> new PositionForm(
                                x.stance(), Identifier.numberOf(x.personId()), x.interventionId(), x.note()))
                        .toList(),
                p.institutionIds(),
                p.version());
    }

    @Override
    void offerChoices(Model model, MeetingId meetingId) {
        model.addAttribute("people", directory.people());
        model.addAttribute("choices", interventions.positionChoices(meetingId));
        model.addAttribute("institutions", institutions.all());
    }

    @Override
    void offerSuggestions(Model model, ProposalForm form) {
        List<InstitutionNamed> named = form.text() == null ? List.of() : institutions.namedIn(form.text());
        model.addAttribute("suggestions", InstitutionNamed.notLinked(named, form.institutionIds()));
    }

    @Override
    String placeOf(ProposalView saved) {
        return "proposal-" + saved.id();
    }

    @Override
    String placeAfterDelete() {
        return "proposals";
    }

    @Override
    ProposalForm withoutBlankRows(ProposalForm given) {
        return given.withoutBlankRows();
    }
}
