package plenary.studygroups;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import plenary.directory.CurrentAccount;
import plenary.directory.PersonId;
import plenary.kernel.RecordNotFound;

/** The public pages of the study groups: the list, and each group with its co-chairs and committees. */
@Controller
@RequestMapping("/study-groups")
class StudyGroupPages {

    private final StudyGroups groups;
    private final StudyGroupNaming naming;
    private final ObjectProvider<PublishedReportsOfGroup> reports;

    // The reports are absent where the reports module is not started (a module test of one that uses this one).
    StudyGroupPages(StudyGroups groups, StudyGroupNaming naming, ObjectProvider<PublishedReportsOfGroup> reports) {
        this.groups = groups;
        this.naming = naming;
        this.reports = reports;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("groups", naming.named(groups.all()));
        return "studygroups/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        StudyGroupView group =
                groups.find(new StudyGroupId(id)).orElseThrow(() -> new RecordNotFound("Study group", id));
        model.addAttribute("group", naming.named(group));
        model.addAttribute("drafter", drafts(group));
        model.addAttribute(
                "reports",
                reports.stream().flatMap(r -> r.of(group.id()).stream()).toList());
        return "studygroups/show";
    }

    /** Whether the one signed in drafts the group's memorandum, as the drafting module's pages will let them. */
    private static boolean drafts(StudyGroupView group) {
        return CurrentAccount.isSecretariat()
                || CurrentAccount.personId()
                        .map(p -> group.drafts(new PersonId(p)))
                        .orElse(false);
    }
}
