package plenary.audit;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** A memorandum's history, as a page beside the memorandum and as JSON. */
@Controller
class MemorandumHistoryPages {

    private final MemorandumHistory history;

    MemorandumHistoryPages(MemorandumHistory history) {
        this.history = history;
    }

    @GetMapping("/memoranda/{id}/history")
    String page(@PathVariable long id, Model model) {
        MemorandumHistory.History found = history.of(id);
        model.addAttribute("memorandum", found.memorandum());
        model.addAttribute("entries", found.entries());
        return "audit/memorandum-history";
    }

    @GetMapping("/api/memoranda/{id}/history")
    @ResponseBody
    List<AuditEntry> api(@PathVariable long id) {
        return history.of(id).entries();
    }
}
