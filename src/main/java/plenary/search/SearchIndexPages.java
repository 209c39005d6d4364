package plenary.search;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import plenary.directory.CurrentAccount;
import plenary.search.internal.Rebuild;
import plenary.search.internal.SearchIndex;
import plenary.search.internal.SearchSchedule;

/** The secretariat's page of the search index: where it stands, and its rebuild from the database with progress. */
@Controller
@RequestMapping("/search/index")
class SearchIndexPages {

    private final SearchIndex index;
    private final Rebuild rebuild;
    private final SearchSchedule schedule;

    SearchIndexPages(SearchIndex index, Rebuild rebuild, SearchSchedule schedule) {
        this.index = index;
        this.rebuild = rebuild;
        this.schedule = schedule;
    }

    @GetMapping
    String show(Model model) {
        requireSecretariat();
        model.addAttribute("folder", index.folder().toString());
        model.addAttribute("position", index.position());
        model.addAttribute("progress", rebuild.progress());
        return "search/index";
    }

    @PostMapping("/rebuild")
    String rebuild() {
        requireSecretariat();
        schedule.rebuild();
        return "redirect:/search/index";
    }

    private static void requireSecretariat() {
        if (!CurrentAccount.isSecretariat()) {
            throw new AccessDeniedException("The search index is the secretariat's.");
        }
    }
}
