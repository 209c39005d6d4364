package plenary.studygroups;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import plenary.kernel.RecordNotFound;

/** The public pages of the study groups: the list, and each group with its co-chairs and committees. */
@Controller
@RequestMapping("/study-groups")
class StudyGroupPages {

    private final StudyGroups groups;
    private final StudyGroupNaming naming;

    StudyGroupPages(StudyGroups groups, StudyGroupNaming naming) {
        this.groups = groups;
        this.naming = naming;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("groups", naming.named(groups.all()));
        return "studygroups/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute(
                "group",
                naming.named(
                        groups.find(new StudyGroupId(id)).orElseThrow(() -> new RecordNotFound("Study group", id))));
        return "studygroups/show";
    }
}
