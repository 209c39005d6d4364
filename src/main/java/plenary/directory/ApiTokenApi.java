package plenary.directory;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account's personal API tokens: listed, made (the token answered once) and revoked. */
@RestController
@RequestMapping("/api/account/tokens")
class ApiTokenApi {

    private final ApiTokenRecords tokens;

    ApiTokenApi(ApiTokenRecords tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    List<ApiTokenView> mine() {
        return tokens.mine();
    }

    /** Answers the token itself under {@code token}: the only time it is shown. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NewApiToken create(@Valid @RequestBody ApiTokenForm form) {
        return tokens.create(form);
    }

    /** Revokes one of the account's tokens (the secretariat: anyone's); it stops working at once. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }
}
