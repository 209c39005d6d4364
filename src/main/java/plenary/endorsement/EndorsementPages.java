package plenary.endorsement;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.directory.CurrentAccount;
import plenary.drafting.Memoranda;
import plenary.web.FormErrors;
import plenary.web.Forms;
import plenary.web.Notices;

/**
 * The memorandum's endorsement page (the committees × answers matrix, the group's rule and why the memorandum may or
 * may not be submitted, its submission, decision and publication) with the form each one may use there: drafters
 * ask for endorsement and submit, a representative answers for the committee, the Steering Committee's members
 * record its decision, the secretariat publishes; and the public list of published memoranda.
 */
@Controller
class EndorsementPages {

    private static final String NOTICES = "endorsement.notice.";

    private final Endorsements endorsements;
    private final EndorsementRecords records;
    private final SubmissionRecords submissions;
    private final PublishedMemoranda published;
    private final Memoranda memoranda;

    EndorsementPages(
            Endorsements endorsements,
            EndorsementRecords records,
            SubmissionRecords submissions,
            PublishedMemoranda published,
            Memoranda memoranda) {
        this.endorsements = endorsements;
        this.records = records;
        this.submissions = submissions;
        this.published = published;
        this.memoranda = memoranda;
    }

    @GetMapping("/memoranda/{id}/endorsement")
    String state(@PathVariable long id, Model model) {
        return page(id, model, FormErrors.none(), null, null);
    }

    @PostMapping("/memoranda/{id}/endorsement-requests")
    String request(
            @PathVariable long id,
            @Valid @ModelAttribute("sent") EndorsementRequestForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return submit(id, "request", form, binding, () -> records.request(id, form), model, redirect, response);
    }

    @PostMapping("/memoranda/{id}/endorsements")
    String endorse(
            @PathVariable long id,
            @Valid @ModelAttribute("sent") EndorsementForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return submit(id, "answer", form, binding, () -> records.endorse(id, form), model, redirect, response);
    }

    @PostMapping("/memoranda/{id}/submission")
    String submitToSteering(
            @PathVariable long id,
            @Valid @ModelAttribute("sent") SubmissionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return submit(id, "submission", form, binding, () -> submissions.submit(id, form), model, redirect, response);
    }

    @PostMapping("/memoranda/{id}/decision")
    String decide(
            @PathVariable long id,
            @Valid @ModelAttribute("sent") DecisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return submit(id, "decision", form, binding, () -> submissions.decide(id, form), model, redirect, response);
    }

    @PostMapping("/memoranda/{id}/publication")
    String publish(
            @PathVariable long id,
            @Valid @ModelAttribute("sent") PublicationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return submit(id, "publication", form, binding, () -> submissions.publish(id, form), model, redirect, response);
    }

    @GetMapping("/memoranda/published")
    String series(Model model) {
        model.addAttribute("memoranda", published.all());
        return "endorsement/published";
    }

    private String submit(
            long id,
            String which,
            Object form,
            BindingResult binding,
            Runnable command,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return Forms.submit(
                binding,
                () -> {
                    command.run();
                    return id;
                },
                done -> {
                    // Each form's notice is named for the form: endorsement.notice.request, ….answer and so on.
                    String notice = NOTICES + which;
                    Notices.tell(redirect, notice);
                    return "redirect:/memoranda/" + id + "/endorsement";
                },
                errors -> {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    return page(id, model, errors, which, form);
                });
    }

    private String page(long id, Model model, FormErrors errors, @Nullable String failed, @Nullable Object sent) {
        EndorsementView state = endorsements.state(id);
        model.addAttribute("state", state);
        model.addAttribute("committee", endorsements.committeeOfSignedIn(id).orElse(null));
        model.addAttribute("mayDraft", memoranda.mayDraft(id));
        model.addAttribute("maySteer", EndorsementGate.maySteer());
        model.addAttribute("secretariat", CurrentAccount.isSecretariat());
        model.addAttribute("versions", memoranda.find(id).versions());
        model.addAttribute(
                "text", state.versionNumber() == null ? null : memoranda.versionText(id, state.versionNumber()));
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        model.addAttribute("sent", sent);
        return "endorsement/state";
    }
}
