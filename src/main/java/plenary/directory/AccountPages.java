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

/** Pages where the secretariat manages accounts and their roles. */
@Controller
@RequestMapping("/directory/accounts")
@PreAuthorize("hasRole('SECRETARIAT')")
class AccountPages {

    private final AccountRecords accounts;
    private final Directory directory;

    AccountPages(AccountRecords accounts, Directory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("people", directory.people());
        return "directory/accounts";
    }

    @GetMapping("/new")
    String blank(Model model) {
        return form(model, null, new AccountForm(null, null, null, null, true, null), FormErrors.none());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        AccountView a = accounts.get(id);
        model.addAttribute("lockedUntil", a.lockedUntil());
        return form(
                model,
                id,
                new AccountForm(a.username(), null, a.personId(), a.roles(), a.enabled(), a.version()),
                FormErrors.none());
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding, Model model) {
        return Forms.submit(
                binding,
                () -> accounts.create(form),
                saved -> "redirect:/directory/accounts",
                errors -> form(model, null, withoutPassword(form), errors));
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult binding,
            Model model) {
        return Forms.submit(
                binding,
                () -> accounts.update(id, form),
                saved -> "redirect:/directory/accounts",
                errors -> form(model, id, withoutPassword(form), errors));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id) {
        accounts.unlock(id);
        return "redirect:/directory/accounts/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id) {
        accounts.delete(id);
        return "redirect:/directory/accounts";
    }

    // A password is never sent back to the browser, not even the one just typed.
    private static AccountForm withoutPassword(AccountForm form) {
        return new AccountForm(form.username(), null, form.personId(), form.roles(), form.enabled(), form.version());
    }

    private String form(Model model, @Nullable Long id, AccountForm form, FormErrors errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("people", directory.people());
        return "directory/account";
    }
}
