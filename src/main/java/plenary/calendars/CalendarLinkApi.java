package plenary.calendars;

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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The signed-in account's calendar links: listed, made (the address answered once) and revoked. */
@RestController
@RequestMapping("/api/account/calendars")
class CalendarLinkApi {

    private final CalendarLinks links;

    CalendarLinkApi(CalendarLinks links) {
        this.links = links;
    }

    @GetMapping
    List<CalendarLinkView> mine() {
        return links.mine();
    }

    /** Answers the link's address under {@code url}: the only time it is shown. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NewCalendarLink create(@Valid @RequestBody CalendarLinkForm form) {
        return links.create(form, base());
    }

    /** Revokes one of the account's links; its feed answers "not found" at once. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        links.revoke(id);
    }

    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
