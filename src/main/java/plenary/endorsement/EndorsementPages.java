package plenary.endorsement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The memorandum's endorsement page (the committees × answers matrix, the group's rule and why the memorandum may or
 * may not be submitted, its submission, decision and publication), and the public list of published memoranda.
 */
@Controller
class EndorsementPages {

    private final Endorsements endorsements;
    private final PublishedMemoranda published;

    EndorsementPages(Endorsements endorsements, PublishedMemoranda published) {
        this.endorsements = endorsements;
        this.published = published;
    }

    @GetMapping("/memoranda/{id}/endorsement")
    String state(@PathVariable long id, Model model) {
        model.addAttribute("state", endorsements.state(id));
        model.addAttribute("committee", endorsements.committeeOfSignedIn(id).orElse(null));
        return "endorsement/state";
    }

    @GetMapping("/memoranda/published")
    String series(Model model) {
        model.addAttribute("memoranda", published.all());
        return "endorsement/published";
    }
}
