package plenary.directory;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.web.FormErrors;
import plenary.web.Forms;
import plenary.web.Notices;

/**
 * The pages every kind of directory entry shares (committees, people, accounts): the list, the form blank or
 * filled from the entry, create and update (back to the form with a message beside each field that broke a
 * rule, or on to the list), and delete. Each kind says what is its own: how it is stored, its forms, and what
 * its pages offer to choose from.
 *
 * <p>The directory is kept by the secretariat alone: every page of every kind of entry is theirs.
 *
 * @param <F> the form
 * @param <V> the entry as read
 */
// Here, not on the subclasses: method security does not apply a subclass's annotation to the handlers declared
// here (AccessMatrixTests showed the pages open to all when it was put there).
@PreAuthorize("hasRole('SECRETARIAT')")
abstract class EntryPages<F, V> {

    private final String path;
    private final String listTemplate;
    private final String formTemplate;

    /**
     * @param path where the list is ("/directory/committees"); the template names follow from it
     * @param formTemplate the template of one entry's form ("directory/committee")
     */
    EntryPages(String path, String formTemplate) {
        this.path = path;
        this.listTemplate = path.substring(1);
        this.formTemplate = formTemplate;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute(listTemplate.substring(listTemplate.lastIndexOf('/') + 1), all());
        offerChoices(model);
        return listTemplate;
    }

    @GetMapping("/new")
    String blank(Model model) {
        return form(model, null, blankForm(), FormErrors.none());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        V entry = get(id);
        describe(entry, model);
        return form(model, id, formOf(entry), FormErrors.none());
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") F form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return Forms.submit(
                binding,
                () -> create(form),
                saved -> told(redirect, "form.saved"),
                errors -> form(model, null, form, errors));
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") F form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                binding,
                () -> update(id, form),
                saved -> told(redirect, "form.saved"),
                errors -> form(model, id, form, errors));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        remove(id);
        return told(redirect, "form.deleted");
    }

    /** Back to the list, which says once what was done. */
    private String told(RedirectAttributes redirect, String notice) {
        Notices.tell(redirect, notice);
        return "redirect:" + path;
    }

    private String form(Model model, @Nullable Long id, F form, FormErrors errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", echoed(form));
        model.addAttribute("errors", errors);
        offerChoices(model);
        return formTemplate;
    }

    abstract List<V> all();

    abstract V get(long id);

    abstract V create(F form);

    abstract V update(long id, F form);

    abstract void remove(long id);

    abstract F blankForm();

    /** The form that would save the entry unchanged: the start of an edit. */
    abstract F formOf(V entry);

    /** Adds what the list and the form offer to choose from (the committees a person may belong to). */
    void offerChoices(Model model) {}

    /** Adds what the edit page shows of the entry beside its form. */
    void describe(V entry, Model model) {}

    /** The form as it goes back to the browser. */
    F echoed(F form) {
        return form;
    }
}
