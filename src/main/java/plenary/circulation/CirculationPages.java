package plenary.circulation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.drafting.Memoranda;
import plenary.drafting.VersionSummary;
import plenary.notify.MailDelivery;
import plenary.web.FormErrors;
import plenary.web.Forms;
import plenary.web.Notices;

/**
 * The circulation pages: a memorandum's circulations, where its drafters circulate a frozen version; and one
 * circulation, at a glance who has answered, who has not, who was reminded and what came late, with the comments and
 * amendments; the co-chairs revoke an outside recipient's link there.
 */
@Controller
@RequestMapping("/memoranda/{id}/circulations")
class CirculationPages {

    private final CirculationRecords records;
    private final Memoranda memoranda;
    private final CirculationPageModel pages;
    private final MailDelivery mail;

    CirculationPages(CirculationRecords records, Memoranda memoranda, CirculationPageModel pages, MailDelivery mail) {
        this.records = records;
        this.memoranda = memoranda;
        this.pages = pages;
        this.mail = mail;
    }

    @GetMapping
    String list(@PathVariable long id, Model model) {
        Integer latest =
                memoranda.find(id).latestVersion().map(VersionSummary::number).orElse(null);
        return pages.list(model, id, CirculatePageForm.blank(latest), FormErrors.none());
    }

    @PostMapping
    String circulate(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CirculatePageForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            ZoneId zone,
            HttpServletResponse response) {
        return Forms.submit(
                binding,
                () -> records.circulate(id, form.form(zone)),
                circulation -> {
                    circulated(redirect);
                    return "redirect:/memoranda/" + id + "/circulations/" + circulation.id();
                },
                errors -> {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    return pages.list(model, id, form, errors);
                });
    }

    /** What the drafter is told once the circulation is recorded: whether its invitations went out by mail. */
    private void circulated(RedirectAttributes redirect) {
        mail.trouble()
                .ifPresentOrElse(
                        why -> Notices.tell(redirect, "circulation.notice.circulated-no-mail", why),
                        () -> Notices.tell(redirect, "circulation.notice.circulated"));
    }

    @GetMapping("/{circulationId}")
    String show(@PathVariable long id, @PathVariable long circulationId, Model model) {
        return pages.one(model, id, circulationId, FormErrors.none(), null, null, null);
    }

    @PostMapping("/{circulationId}/recipients/{recipientId}/revoke")
    String revoke(
            @PathVariable long id,
            @PathVariable long circulationId,
            @PathVariable long recipientId,
            RedirectAttributes redirect) {
        records.revokeLink(id, circulationId, recipientId);
        Notices.tell(redirect, "circulation.notice.revoked");
        return "redirect:/memoranda/" + id + "/circulations/" + circulationId;
    }
}
