package plenary.studygroups;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.kernel.Identifier;
import plenary.kernel.RecordNotFound;
import plenary.web.FormErrors;
import plenary.web.Forms;
import plenary.web.Notices;

/**
 * The secretariat's forms for study groups. Checked here as well as in {@link StudyGroupRecords}: the security
 * configuration lets everyone GET {@code /study-groups/*}, which includes {@code /study-groups/new}.
 */
@Controller
@RequestMapping("/study-groups")
@PreAuthorize("hasRole('SECRETARIAT')")
class StudyGroupEditPages {

    private final StudyGroups groups;
    private final StudyGroupRecords records;
    private final StudyGroupNaming naming;

    StudyGroupEditPages(StudyGroups groups, StudyGroupRecords records, StudyGroupNaming naming) {
        this.groups = groups;
        this.records = records;
        this.naming = naming;
    }

    @GetMapping("/new")
    String blank(Model model) {
        return form(model, null, new StudyGroupForm(null, null, null, null, null, null, null, null), FormErrors.none());
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        StudyGroupView g = groups.find(new StudyGroupId(id)).orElseThrow(() -> new RecordNotFound("Study group", id));
        StudyGroupForm form = new StudyGroupForm(
                g.title(),
                g.mandate(),
                g.status(),
                g.plannedMeetings(),
                Identifier.numbersOf(g.coChairIds()),
                Identifier.numbersOf(g.rapporteurIds()),
                Identifier.numbersOf(g.committeeIds()),
                g.rapporteursDraft(),
                g.consensusRule(),
                g.quorum(),
                g.version());
        return form(model, id, form, FormErrors.none());
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") StudyGroupForm sent,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        StudyGroupForm form = withoutEmptySlots(sent);
        return Forms.submit(
                binding,
                () -> records.create(form),
                saved -> {
                    Notices.tell(redirect, "studygroups.notice.created");
                    return "redirect:/study-groups/" + saved.id();
                },
                errors -> form(model, null, form, errors));
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") StudyGroupForm sent,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        StudyGroupForm form = withoutEmptySlots(sent);
        return Forms.submit(
                binding,
                () -> records.update(id, form),
                saved -> {
                    Notices.tell(redirect, "studygroups.notice.saved");
                    return "redirect:/study-groups/" + id;
                },
                errors -> form(model, id, form, errors));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        records.delete(id);
        Notices.tell(redirect, "studygroups.notice.deleted");
        return "redirect:/study-groups";
    }

    private String form(Model model, @Nullable Long id, StudyGroupForm form, FormErrors errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("people", naming.everyone());
        model.addAttribute("committees", naming.memberCommittees());
        model.addAttribute("coChairSlots", slots(form.coChairIds()));
        model.addAttribute("rapporteurSlots", slots(form.rapporteurIds()));
        model.addAttribute("rules", ConsensusRule.values());
        return "studygroups/edit";
    }

    /** The chosen people, one select each and in order, with room for two more (at least three selects). */
    private static List<Long> slots(@Nullable List<Long> chosen) {
        List<Long> slots = new ArrayList<>(chosen == null ? List.of() : chosen);
        int size = Math.max(3, slots.size() + 2);
        while (slots.size() < size) {
            slots.add(null);
        }
        return slots;
    }

    /** A select left at "—" sends an empty value: on a page that means no one, not an empty entry. */
    private static StudyGroupForm withoutEmptySlots(StudyGroupForm f) {
        // A @ModelAttribute is never null, so there is no null form to pass on.
        return new StudyGroupForm(
                f.title(),
                f.mandate(),
                f.status(),
                f.plannedMeetings(),
                chosen(f.coChairIds()),
                chosen(f.rapporteurIds()),
                chosen(f.committeeIds()),
                f.rapporteursDraft(),
                f.consensusRule(),
                f.quorum(),
                f.version());
    }

    private static @Nullable List<Long> chosen(@Nullable List<Long> ids) {
        return ids == null ? null : ids.stream().filter(Objects::nonNull).toList();
    }
}
