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
import plenary.web.Forms;
import plenary.web.Notices;

/**
 * The forms of a circulation's page for those who answer it: a comment on a paragraph or a reply to a comment, and
 * an amendment; refused, the page shows the form again with the reason beside its field.
 */
@Controller
@RequestMapping("/memoranda/{id}/circulations/{circulationId}")
class ContributionPages {

    private final Contributions contributions;
    private final CirculationPageModel pages;

    ContributionPages(Contributions contributions, CirculationPageModel pages) {
        this.contributions = contributions;
        this.pages = pages;
    }

    @PostMapping("/comments")
    String comment(
            @PathVariable long id,
            @PathVariable long circulationId,
            @Valid @ModelAttribute("comment") CommentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        String which = form.replyTo() == null ? "comment" : "reply-" + form.replyTo();
        return Forms.submit(
                binding,
                () -> contributions.comment(id, circulationId, form),
                comment -> {
                    Notices.tell(redirect, "circulation.notice.comment");
                    return "redirect:/memoranda/" + id + "/circulations/" + circulationId + "#comment-" + comment.id();
                },
                errors -> {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    return pages.one(model, id, circulationId, errors, which, form, null);
                });
    }

    @PostMapping("/amendments")
    String amend(
            @PathVariable long id,
            @PathVariable long circulationId,
            @Valid @ModelAttribute("amendment") AmendmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return Forms.submit(
                binding,
                () -> contributions.amend(id, circulationId, form),
                amendment -> {
                    Notices.tell(redirect, "circulation.notice.amendment");
                    return "redirect:/memoranda/" + id + "/circulations/" + circulationId + "#amendment-"
                            + amendment.id();
                },
                errors -> {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    return pages.one(model, id, circulationId, errors, "amendment", null, form);
                });
    }
}
