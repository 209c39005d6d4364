package plenary.positions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import plenary.studygroups.StudyGroupId;

/** The positions map's pages: a study group's whole map, and one proposal's line of it. */
@Controller
class PositionsPages {

    private final PositionMaps maps;

    PositionsPages(PositionMaps maps) {
        this.maps = maps;
    }

    @GetMapping("/study-groups/{id}/positions")
    String ofStudyGroup(@PathVariable StudyGroupId id, Model model) {
        model.addAttribute("map", maps.ofStudyGroup(id));
        return "positions/group";
    }

    @GetMapping("/proposals/{id}/positions")
    String ofProposal(@PathVariable long id, Model model) {
        model.addAttribute("proposal", maps.ofProposal(id));
        return "positions/proposal";
    }
}
