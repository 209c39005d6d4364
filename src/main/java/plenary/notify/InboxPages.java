package plenary.notify;

import org.springframework.security.access.AccessDeniedException;
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
        long person = CurrentAccount.personId()
                .orElseThrow(() -> new AccessDeniedException("This account speaks for no person: no mail awaits it."));
        model.addAttribute("messages", outbox.forPerson(person));
        return "notify/inbox";
    }
}
