package plenary.circulation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import plenary.drafting.Memoranda;

/**
 * The circulation's page: at a glance who has answered, who has not, who was reminded and what came late, with
 * the comments and amendments; the co-chairs revoke an outside recipient's link there.
 */
@Controller
@RequestMapping("/memoranda/{id}/circulations")
class CirculationPages {

    private final Circulations circulations;
    private final CirculationRecords records;
    private final Memoranda memoranda;

    CirculationPages(Circulations circulations, CirculationRecords records, Memoranda memoranda) {
        this.circulations = circulations;
        this.records = records;
        this.memoranda = memoranda;
    }

    @GetMapping("/{circulationId}")
    String show(@PathVariable long id, @PathVariable long circulationId, Model model) {
        CirculationView circulation = circulations.find(id, circulationId);
        model.addAttribute("memorandum", memoranda.find(id));
        model.addAttribute("circulation", circulation);
        model.addAttribute("mayDraft", memoranda.mayDraft(id));
        return "circulation/circulation";
    }

    @PostMapping("/{circulationId}/recipients/{recipientId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long circulationId, @PathVariable long recipientId) {
        records.revokeLink(id, circulationId, recipientId);
        return "redirect:/memoranda/" + id + "/circulations/" + circulationId;
    }
}
