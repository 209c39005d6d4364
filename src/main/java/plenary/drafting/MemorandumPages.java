package plenary.drafting;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.kernel.InvalidRecord;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroups;
import plenary.web.FormErrors;
import plenary.web.Notices;

/**
 * The memoranda's pages: the list by study group, where the co-chairs start one from the group's record; a
 * memorandum as it reads, with what each paragraph cites beside it, its versions and the forms that draft it; and
 * the redline between two versions.
 */
@Controller
@RequestMapping("/memoranda")
class MemorandumPages {

    private final Memoranda memoranda;
    private final MemorandumRecords records;
    private final MemorandumGate gate;
    private final StudyGroups studyGroups;
    private final MemorandumPageViews views;
    private final PageEdits edits;

    MemorandumPages(
            Memoranda memoranda,
            MemorandumRecords records,
            MemorandumGate gate,
            StudyGroups studyGroups,
            MemorandumPageViews views,
            PageEdits edits) {
        this.memoranda = memoranda;
        this.records = records;
        this.gate = gate;
        this.studyGroups = studyGroups;
        this.views = views;
        this.edits = edits;
    }

    /** The memorandum's title and preamble as the page sends them. */
    record FrontForm(
            @MaxLength(300) @PlainText @Nullable String title,
            @MaxLength(10_000) @PlainText @Nullable String preamble,
            @Nullable Integer version) {}

    @GetMapping
    String list(@RequestParam(name = "studyGroup", required = false) @Nullable Long studyGroup, Model model) {
        return list(model, studyGroup, FormErrors.none());
    }

    @PostMapping
    String start(
            @RequestParam(required = false) @Nullable Long studyGroupId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            MemorandumView made = records.create(new MemorandumForm(studyGroupId, true, null));
            Notices.tell(redirect, "drafting.notice.started");
            return "redirect:/memoranda/" + made.id();
        } catch (InvalidRecord e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return list(model, studyGroupId, FormErrors.of(e));
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return PageEdits.page(model, views.of(id, MemorandumPageView.Attempt.none()));
    }

    @PostMapping("/{id}/title")
    String front(
            @PathVariable long id,
            @Valid @ModelAttribute("form") FrontForm form,
            BindingResult binding,
            @RequestParam MultiValueMap<String, String> sent,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return edits.save(
                id,
                new PageEdits.Sent(
                        "title", form.version(), sent, binding, model, response, redirect, "drafting.notice.saved"),
                text -> PageChanges.front(text, blank(form.title()), blank(form.preamble())),
                "");
    }

    @PostMapping("/{id}/versions")
    String freeze(
            @PathVariable long id,
            @Valid @ModelAttribute("form") VersionForm form,
            BindingResult binding,
            @RequestParam MultiValueMap<String, String> sent,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // Refused, the page shows the text as it now stands: the version it freezes is then the current one.
        return edits.submit(
                id,
                new PageEdits.Sent("freeze", null, sent, binding, model, response, redirect, "drafting.notice.frozen"),
                () -> records.freeze(id, form),
                "#versions");
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        StudyGroupId group = memoranda.find(id).studyGroupId();
        records.delete(id);
        Notices.tell(redirect, "drafting.notice.deleted");
        return "redirect:/memoranda?studyGroup=" + group;
    }

    @GetMapping("/{id}/redline")
    String redline(
            @PathVariable long id,
            @RequestParam int from,
            @RequestParam int to,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("memorandum", memoranda.find(id));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            model.addAttribute("redline", memoranda.redline(id, from, to));
            model.addAttribute("errors", FormErrors.none());
        } catch (InvalidRecord e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("redline", null);
            model.addAttribute("errors", FormErrors.of(e));
        }
        return "drafting/redline";
    }

    private String list(Model model, @Nullable Long studyGroup, FormErrors errors) {
        Map<StudyGroupId, List<MemorandumSummary>> byGroup =
                memoranda.all().stream().collect(Collectors.groupingBy(MemorandumSummary::studyGroupId));
        model.addAttribute(
                "groups",
                studyGroups.all().stream()
                        .filter(g -> studyGroup == null || g.id().value() == studyGroup)
                        .map(g -> new GroupMemoranda(g, byGroup.getOrDefault(g.id(), List.of()), gate.mayDraft(g)))
                        .toList());
        model.addAttribute("errors", errors);
        return "drafting/list";
    }

    static String blank(@Nullable String text) {
        return text == null ? "" : text;
    }
}
