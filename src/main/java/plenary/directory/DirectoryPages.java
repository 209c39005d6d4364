package plenary.directory;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.web.FormErrors;
import plenary.web.Forms;
import plenary.web.Notices;

/** The directory's front page, where the secretariat also names the organisation. */
@Controller
@RequestMapping("/directory")
@PreAuthorize("hasRole('SECRETARIAT')")
class DirectoryPages {

    private final OrganisationRecords organisation;

    DirectoryPages(OrganisationRecords organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    String index(Model model) {
        OrganisationForm form = organisation
                .find()
                .map(o -> new OrganisationForm(o.name(), o.acronym(), o.version()))
                .orElse(new OrganisationForm(null, null, null));
        return show(model, form, FormErrors.none());
    }

    @PostMapping("/organisation")
    String rename(
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                binding,
                () -> organisation.set(form),
                saved -> {
                    Notices.tell(redirect, "form.saved");
                    return "redirect:/directory";
                },
                errors -> show(model, form, errors));
    }

    private static String show(Model model, OrganisationForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "directory/index";
    }
}
