package plenary.circulation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.kernel.RecordNotFound;
import plenary.web.FormErrors;
import plenary.web.Forms;
import plenary.web.Notices;

/**
 * The pages of an outside recipient's personal link, reached without signing in: the circulated version, and the
 * forms that comment on a paragraph or amend it. A revoked or expired link is refused (403) with a page that says
 * why, an unknown one finds nothing (404); either way nothing changes.
 */
@Controller
@RequestMapping("/circulations/link/{token}")
class LinkPages {

    private final PersonalLinkAccess links;

    LinkPages(PersonalLinkAccess links) {
        this.links = links;
    }

    @GetMapping
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return guarded(model, response, () -> page(token, model, FormErrors.none()));
    }

    @PostMapping("/comments")
    String comment(
            @PathVariable String token,
            @Valid @ModelAttribute("form") CommentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return guarded(
                model,
                response,
                () -> Forms.submit(
                        binding,
                        () -> links.comment(token, form),
                        sent -> sent(redirect, "circulation.notice.comment", token),
                        errors -> {
                            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                            return page(token, model, errors);
                        }));
    }

    @PostMapping("/amendments")
    String amend(
            @PathVariable String token,
            @Valid @ModelAttribute("form") AmendmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return guarded(
                model,
                response,
                () -> Forms.submit(
                        binding,
                        () -> links.amend(token, form),
                        sent -> sent(redirect, "circulation.notice.amendment", token),
                        errors -> {
                            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                            return page(token, model, errors);
                        }));
    }

    private static String sent(RedirectAttributes redirect, String notice, String token) {
        Notices.tell(redirect, notice);
        return "redirect:/circulations/link/" + token;
    }

    private String guarded(Model model, HttpServletResponse response, Supplier<String> work) {
        try {
            return work.get();
        } catch (PersonalLinkAccess.LinkRefused e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("found", true);
            model.addAttribute("expired", e.expired());
            return "circulation/link-refused";
        } catch (RecordNotFound e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("found", false);
            model.addAttribute("expired", null);
            return "circulation/link-refused";
        }
    }

    private String page(String token, Model model, FormErrors errors) {
        model.addAttribute("view", links.page(token));
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        return "circulation/link";
    }
}
