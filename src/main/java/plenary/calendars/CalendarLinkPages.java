package plenary.calendars;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.studygroups.StudyGroups;
import plenary.web.FormErrors;
import plenary.web.Forms;
import plenary.web.Notices;

/** The signed-in account's calendar links: made (the address shown once), listed and revoked. */
@Controller
@RequestMapping("/account/calendars")
@PreAuthorize("isAuthenticated()")
class CalendarLinkPages {

    private final CalendarLinks links;
    private final StudyGroups groups;

    CalendarLinkPages(CalendarLinks links, StudyGroups groups) {
        this.links = links;
        this.groups = groups;
    }

    @GetMapping
    String list(Model model) {
        return show(model, new CalendarLinkForm(null, null), FormErrors.none(), null);
    }

    /** The page itself answers the new link, as the API token page does, and is not to be cached. */
    @PostMapping
    String create(
            @Valid @ModelAttribute("form") CalendarLinkForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        return Forms.submit(
                binding,
                () -> links.create(form, CalendarLinkApi.base()),
                created -> {
                    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                    return show(model, new CalendarLinkForm(null, null), FormErrors.none(), created);
                },
                errors -> show(model, form, errors, null));
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        links.revoke(id);
        Notices.tell(redirect, "calendars.notice.revoked");
        return "redirect:/account/calendars";
    }

    private String show(Model model, CalendarLinkForm form, FormErrors errors, @Nullable NewCalendarLink created) {
        model.addAttribute("links", links.mine());
        model.addAttribute("groups", groups.all());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("created", created);
        return "calendars/links";
    }
}
