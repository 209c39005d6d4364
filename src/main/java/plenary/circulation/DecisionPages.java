package plenary.circulation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.circulation.internal.CirculationTables;
import plenary.kernel.RecordNotFound;
import plenary.web.FormErrors;
import plenary.web.Forms;
import plenary.web.Notices;

/**
 * The forms beside an amendment on its circulation's page: the co-chairs' decision, and a committee's support for an
 * alternative kept open in brackets; refused, the page shows again with the reason beside the form's field.
 */
@Controller
@RequestMapping("/memoranda/{id}/circulations/{circulationId}/amendments/{amendmentId}")
class DecisionPages {

    private final DecisionRecords decisions;
    private final BracketRecords brackets;
    private final CirculationGate gate;
    private final CirculationTables tables;
    private final CirculationPageModel pages;

    DecisionPages(
            DecisionRecords decisions,
            BracketRecords brackets,
            CirculationGate gate,
            CirculationTables tables,
            CirculationPageModel pages) {
        this.decisions = decisions;
        this.brackets = brackets;
        this.gate = gate;
        this.tables = tables;
        this.pages = pages;
    }

    @PostMapping("/decision")
    String decide(
            @PathVariable long id,
            @PathVariable long circulationId,
            @PathVariable long amendmentId,
            @Valid @ModelAttribute("decision") DecisionPageForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        gate.requireDrafter(id);
        requireOn(circulationId, amendmentId);
        return Forms.submit(
                binding,
                () -> decisions.decide(id, amendmentId, form.form()),
                decided -> back(redirect, "circulation.notice.decision", id, circulationId, amendmentId),
                errors -> again(model, id, circulationId, errors, "decide-" + amendmentId, response));
    }

    @PostMapping("/support")
    String support(
            @PathVariable long id,
            @PathVariable long circulationId,
            @PathVariable long amendmentId,
            @Valid @ModelAttribute("support") SupportForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireOn(circulationId, amendmentId);
        String which = "support-" + amendmentId + (Boolean.TRUE.equals(form.current()) ? "-own" : "");
        return Forms.submit(
                binding,
                () -> brackets.support(id, amendmentId, form),
                given -> back(redirect, "circulation.notice.support", id, circulationId, amendmentId),
                errors -> again(model, id, circulationId, errors, which, response));
    }

    /** An amendment made on another circulation is not found on this one's page. */
    private void requireOn(long circulationId, long amendmentId) {
        if (tables.circulationOf(amendmentId).filter(c -> c != circulationId).isPresent()) {
            throw new RecordNotFound("Amendment", amendmentId);
        }
    }

    private static String back(
            RedirectAttributes redirect, String notice, long id, long circulationId, long amendmentId) {
        Notices.tell(redirect, notice);
        return "redirect:/memoranda/" + id + "/circulations/" + circulationId + "#amendment-" + amendmentId;
    }

    private String again(
            Model model, long id, long circulationId, FormErrors errors, String failed, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return pages.one(model, id, circulationId, errors, failed, null, null);
    }
}
