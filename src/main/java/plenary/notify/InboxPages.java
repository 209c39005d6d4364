package plenary.notify;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import plenary.directory.CurrentAccount;

/** "What awaits you": the messages Plenary queued for the signed-in account's person, newest first. */
@Controller
class InboxPages {

    private final Outbox outbox;

    InboxPages(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        // An account that speaks for no person (the first secretariat account) is sent no mail: nothing awaits it.
        Optional<Long> person = CurrentAccount.personId();
        model.addAttribute("personal", person.isPresent());
        model.addAttribute("messages", person.map(outbox::forPerson).orElse(List.of()));
        return "notify/inbox";
    }
}
