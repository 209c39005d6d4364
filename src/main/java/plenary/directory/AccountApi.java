package plenary.directory;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The accounts of the organisation, for the secretariat. */
@RestController
@RequestMapping("/api/accounts")
class AccountApi {

    private final AccountRecords accounts;

    AccountApi(AccountRecords accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<AccountView> all() {
        return accounts.all();
    }

    @GetMapping("/{id}")
    AccountView one(@PathVariable long id) {
        return accounts.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountView create(@Valid @RequestBody AccountForm form) {
        return accounts.create(form);
    }

    @PutMapping("/{id}")
    AccountView update(@PathVariable long id, @Valid @RequestBody AccountForm form) {
        return accounts.update(id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        accounts.delete(id);
    }

    /** Lifts the account's lock after too many failed sign-ins; answers the account, now unlocked. */
    @DeleteMapping("/{id}/lockout")
    AccountView unlock(@PathVariable long id) {
        return accounts.unlock(id);
    }
}
