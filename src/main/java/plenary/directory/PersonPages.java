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
import plenary.kernel.Identifier;
import plenary.web.FormErrors;
import plenary.web.Forms;

/** Pages where the secretariat manages the people who take part. */
@Controller
@RequestMapping("/directory/people")
@PreAuthorize("hasRole('SECRETARIAT')")
class PersonPages {

    private final PersonRecords people;
    private final Directory directory;

    PersonPages(PersonRecords people, Directory directory) {
        this.people = people;
        this.directory = directory;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("people", people.all());
        model.addAttribute("committees", directory.committees());
        return "directory/people";
    }

    @GetMapping("/new")
    String blank(Model model) {
        return form(model, null, new PersonForm(null, null, null, null, null, null, null), FormErrors.none());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        PersonView p = people.get(id);
        PersonForm form = new PersonForm(
                p.name(),
                p.nationality(),
                p.affiliation(),
                Identifier.valueOf(p.committeeId()),
                p.pronoun(),
                p.email(),
                p.version());
        return form(model, id, form, FormErrors.none());
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult binding, Model model) {
        return Forms.submit(
                binding,
                () -> people.create(form),
                saved -> "redirect:/directory/people",
                errors -> form(model, null, form, errors));
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult binding, Model model) {
        return Forms.submit(
                binding,
                () -> people.update(id, form),
                saved -> "redirect:/directory/people",
                errors -> form(model, id, form, errors));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id) {
        people.delete(id);
        return "redirect:/directory/people";
    }

    private String form(Model model, @Nullable Long id, PersonForm form, FormErrors errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("committees", directory.committees());
        return "directory/person";
    }
}
