package plenary.directory;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import plenary.web.FormErrors;
import plenary.web.Forms;

/** Pages where the secretariat manages committees. */
@Controller
@RequestMapping("/directory/committees")
@PreAuthorize("hasRole('SECRETARIAT')")
class CommitteePages {

    private final CommitteeRecords committees;

    CommitteePages(CommitteeRecords committees) {
        this.committees = committees;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("committees", committees.all());
        return "directory/committees";
    }

    @GetMapping("/new")
    String blank(Model model) {
        return form(model, null, new CommitteeForm(null, null, null, null, null), FormErrors.none());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        CommitteeView c = committees.get(id);
        return form(
                model,
                id,
                new CommitteeForm(c.name(), c.acronym(), c.kind(), c.country(), c.version()),
                FormErrors.none());
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CommitteeForm form, BindingResult binding, Model model) {
        return save(null, form, binding, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CommitteeForm form,
            BindingResult binding,
            Model model) {
        return save(id, form, binding, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id) {
        committees.delete(id);
        return "redirect:/directory/committees";
    }

    private String save(@Nullable Long id, CommitteeForm form, BindingResult binding, Model model) {
        return Forms.submit(
                binding,
                () -> id == null ? committees.create(form) : committees.update(id, form),
                saved -> "redirect:/directory/committees",
                errors -> form(model, id, form, errors));
    }

    private static String form(Model model, @Nullable Long id, CommitteeForm form, FormErrors errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "directory/committee";
    }
}
