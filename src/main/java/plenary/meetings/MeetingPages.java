package plenary.meetings;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.directory.CommitteeKind;
import plenary.directory.Directory;
import plenary.kernel.Identifier;
import plenary.kernel.RecordNotFound;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;
import plenary.web.FormErrors;
import plenary.web.Forms;
import plenary.web.Notices;

/** Pages that list meetings, show a meeting's record, and let its keepers create, change and delete it. */
@Controller
@RequestMapping("/meetings")
class MeetingPages {

    private final MeetingRecords meetings;
    private final StudyGroups studyGroups;
    private final Directory directory;
    private final RecordPage recordPage;

    MeetingPages(MeetingRecords meetings, StudyGroups studyGroups, Directory directory, RecordPage recordPage) {
        this.meetings = meetings;
        this.studyGroups = studyGroups;
        this.directory = directory;
        this.recordPage = recordPage;
    }

    @GetMapping
    String list(@RequestParam(name = "studyGroup", required = false) @Nullable Long studyGroup, Model model) {
        List<StudyGroupView> groups = studyGroups.all();
        model.addAttribute("meetings", meetings.summaries(studyGroup));
        model.addAttribute("groups", groups);
        model.addAttribute("selected", studyGroup);
        model.addAttribute(
                "creatable", groups.stream().filter(meetings::mayCreate).toList());
        return "meetings/list";
    }

    @GetMapping("/new")
    String blank(@RequestParam("studyGroup") long studyGroup, Model model) {
        if (!meetings.mayCreate(new StudyGroupId(studyGroup))) {
            throw new AccessDeniedException(
                    "Only the study group's co-chairs and rapporteurs and the secretariat create its meetings.");
        }
        return form(model, null, MeetingForm.blank(studyGroup), FormErrors.none());
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                binding,
                () -> meetings.create(form),
                saved -> {
                    Notices.tell(redirect, "meetings.notice.created");
                    return "redirect:/meetings/" + saved.id();
                },
                errors -> form(model, null, form, errors));
    }

    @GetMapping("/{id}")
    String show(@PathVariable MeetingId id, Model model) {
        return recordPage.show(meetings.shown(id), model);
    }

    @GetMapping("/interventions/{interventionId}")
    String intervention(@PathVariable long interventionId) {
        long meeting = meetings.meetingOf(interventionId)
                .orElseThrow(() -> new RecordNotFound("Intervention", interventionId));
        return "redirect:/meetings/" + meeting + "#intervention-" + interventionId;
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable MeetingId id, Model model) {
        if (!meetings.mayEdit(id)) {
            throw new AccessDeniedException("Only those who keep this meeting's record change it.");
        }
        MeetingRecord m = meetings.get(id);
        MeetingForm form = new MeetingForm(
                m.studyGroupId().value(),
                m.ordinal(),
                m.title(),
                m.startsOn(),
                m.endsOn(),
                m.city(),
                m.country(),
                Identifier.numberOf(m.hostCommitteeId()),
                m.expertsCount(),
                m.committeesCount(),
                m.attendanceQualifier(),
                m.includesOtherRegions(),
                m.attributionRule(),
                m.courtesy(),
                m.houseStyle().speakerNoun(),
                m.houseStyle().sessionNumbering(),
                m.houseStyle().findings(),
                m.version());
        return form(model, id.value(), form, FormErrors.none());
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable MeetingId id,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                binding,
                () -> meetings.update(id, form),
                saved -> {
                    Notices.tell(redirect, "meetings.notice.saved");
                    return "redirect:/meetings/" + id;
                },
                errors -> form(model, id.value(), form, errors));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable MeetingId id, RedirectAttributes redirect) {
        StudyGroupId group = meetings.get(id).studyGroupId();
        meetings.delete(id);
        Notices.tell(redirect, "meetings.notice.deleted");
        return "redirect:/meetings?studyGroup=" + group;
    }

    private String form(Model model, @Nullable Long id, MeetingForm form, FormErrors errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "group",
                form.studyGroupId() == null
                        ? null
                        : studyGroups
                                .find(new StudyGroupId(form.studyGroupId()))
                                .orElse(null));
        model.addAttribute(
                "committees",
                directory.committees().stream()
                        .filter(c -> c.kind() == CommitteeKind.MEMBER_COMMITTEE)
                        .toList());
        return "meetings/meeting-form";
    }
}
