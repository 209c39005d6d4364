package plenary.directory;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.web.Notices;

/** Pages where the secretariat manages accounts and their roles, lifts a sign-in lockout and revokes API tokens. */
@Controller
@RequestMapping("/directory/accounts")
class AccountPages extends EntryPages<AccountForm, AccountView> {

    private final AccountRecords accounts;
    private final Directory directory;
    private final ApiTokenRecords tokens;

    AccountPages(AccountRecords accounts, Directory directory, ApiTokenRecords tokens) {
        super("/directory/accounts", "directory/account");
        this.accounts = accounts;
        this.directory = directory;
        this.tokens = tokens;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        Notices.tell(redirect, "directory.notice.unlocked");
        return "redirect:/directory/accounts/" + id;
    }

    /** Revokes one of the account's API tokens (a member who leaves keeps none that work). */
    @PostMapping("/{id}/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
        tokens.revoke(tokenId);
        Notices.tell(redirect, "directory.notice.token-revoked");
        return "redirect:/directory/accounts/" + id;
    }

    @Override
    List<AccountView> all() {
        return accounts.all();
    }

    @Override
    AccountView get(long id) {
        return accounts.get(id);
    }

    @Override
    AccountView create(AccountForm form) {
        return accounts.create(form);
    }

    @Override
    AccountView update(long id, AccountForm form) {
        return accounts.update(id, form);
    }

    @Override
    void remove(long id) {
        accounts.delete(id);
    }

    @Override
    AccountForm blankForm() {
        return new AccountForm(null, null, null, null, true, null);
    }

    @Override
    AccountForm formOf(AccountView a) {
        return new AccountForm(a.username(), null, a.personId(), a.roles(), a.enabled(), a.version());
    }

    @Override
    void offerChoices(Model model) {
        model.addAttribute("people", directory.people());
    }

    @Override
    void describe(AccountView account, Model model) {
        model.addAttribute("lockedUntil", account.lockedUntil());
        model.addAttribute("tokens", tokens.of(account.id()));
    }

    // A password is never sent back to the browser, not even the one just typed.
    @Override
    AccountForm echoed(AccountForm form) {
        return new AccountForm(form.username(), null, form.personId(), form.roles(), form.enabled(), form.version());
    }
}
