package plenary.drafting;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.institutions.InstitutionId;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/**
 * The forms of the memorandum's page that change one part of its text: a paragraph's words and citations, a
 * paragraph added, moved or deleted, a section's heading, a section added. Each names the revision the page showed.
 */
@Controller
@RequestMapping("/memoranda/{id}")
class MemorandumPartPages {

    private final PageEdits edits;

    MemorandumPartPages(PageEdits edits) {
        this.edits = edits;
    }

    /** A paragraph as the page sends it: where a new one goes, its words and what it cites. */
    record ParagraphForm(
            @MaxLength(40) @PlainText @Nullable String sectionKey,
            @MaxLength(40) @PlainText @Nullable String afterKey,
            @MaxLength(10_000) @PlainText @Nullable String text,
            @MaxSize(50) @Nullable List<Long> proposalIds,
            @MaxSize(50) @Nullable List<Long> institutionIds,
            @Nullable Integer version) {

        List<Long> proposals() {
            return proposalIds == null
                    ? List.of()
                    : proposalIds.stream().filter(Objects::nonNull).distinct().toList();
        }

        List<InstitutionId> institutions() {
            return institutionIds == null
                    ? List.of()
                    : institutionIds.stream()
                            .filter(Objects::nonNull)
                            .distinct()
                            .map(InstitutionId::new)
                            .toList();
        }
    }

    /** Where a paragraph goes: a place "up" or "down", or to the end of the section {@code sectionKey}. */
    record PlaceForm(
            @MaxLength(10) @PlainText @Nullable String direction,
            @MaxLength(40) @PlainText @Nullable String sectionKey,
            @Nullable Integer version) {}

    /** The revision the page showed, for a form that sends nothing else. */
    record RevisionForm(@Nullable Integer version) {}

    /** A section's heading as the page sends it. */
    record SectionForm(
            @MaxLength(300) @PlainText @Nullable String heading,
            @Nullable Integer version) {}

    @PostMapping("/paragraphs")
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ParagraphForm form,
            BindingResult binding,
            @RequestParam MultiValueMap<String, String> sent,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String section = MemorandumPages.blank(form.sectionKey());
        String after = form.afterKey() == null || form.afterKey().isBlank() ? null : form.afterKey();
        PageEdits.Sent what = new PageEdits.Sent(
                "add-" + section + "-" + (after == null ? "start" : after),
                form.version(),
                sent,
                binding,
                model,
                response,
                redirect,
                "drafting.notice.paragraph-added");
        if (sent.containsKey("suggest")) {
            return edits.suggest(id, what);
        }
        return edits.save(
                id,
                what,
                text -> PageChanges.added(
                        text,
                        section,
                        after,
                        MemorandumPages.blank(form.text()),
                        form.proposals(),
                        form.institutions()),
                "#" + section);
    }

    @PostMapping("/paragraphs/{key}")
    String paragraph(
            @PathVariable long id,
            @PathVariable String key,
            @Valid @ModelAttribute("form") ParagraphForm form,
            BindingResult binding,
            @RequestParam MultiValueMap<String, String> sent,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PageEdits.Sent what = new PageEdits.Sent(
                "paragraph-" + key,
                form.version(),
                sent,
                binding,
                model,
                response,
                redirect,
                "drafting.notice.paragraph-saved");
        if (sent.containsKey("suggest")) {
            return edits.suggest(id, what);
        }
        return edits.save(
                id,
                what,
                text -> PageChanges.paragraph(
                        text, key, MemorandumPages.blank(form.text()), form.proposals(), form.institutions()),
                "#" + key);
    }

    @PostMapping("/paragraphs/{key}/move")
    String move(
            @PathVariable long id,
            @PathVariable String key,
            @Valid @ModelAttribute("form") PlaceForm form,
            BindingResult binding,
            @RequestParam MultiValueMap<String, String> sent,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return edits.save(
                id,
                new PageEdits.Sent(
                        "move-" + key,
                        form.version(),
                        sent,
                        binding,
                        model,
                        response,
                        redirect,
                        "drafting.notice.paragraph-moved"),
                text -> switch (MemorandumPages.blank(form.direction())) {
                    case "up" -> PageChanges.up(text, key);
                    case "down" -> PageChanges.down(text, key);
                    default -> PageChanges.toSection(text, key, MemorandumPages.blank(form.sectionKey()));
                },
                "#" + key);
    }

    @PostMapping("/paragraphs/{key}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable String key,
            @Valid @ModelAttribute("form") RevisionForm form,
            BindingResult binding,
            @RequestParam MultiValueMap<String, String> sent,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return edits.save(
                id,
                new PageEdits.Sent(
                        "move-" + key,
                        form.version(),
                        sent,
                        binding,
                        model,
                        response,
                        redirect,
                        "drafting.notice.paragraph-deleted"),
                text -> text.delete(key),
                "");
    }

    @PostMapping("/sections")
    String addSection(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SectionForm form,
            BindingResult binding,
            @RequestParam MultiValueMap<String, String> sent,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return edits.save(
                id,
                new PageEdits.Sent(
                        "section-new",
                        form.version(),
                        sent,
                        binding,
                        model,
                        response,
                        redirect,
                        "drafting.notice.section-added"),
                text -> PageChanges.sectionAdded(text, MemorandumPages.blank(form.heading())),
                "#end");
    }

    @PostMapping("/sections/{key}")
    String heading(
            @PathVariable long id,
            @PathVariable String key,
            @Valid @ModelAttribute("form") SectionForm form,
            BindingResult binding,
            @RequestParam MultiValueMap<String, String> sent,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return edits.save(
                id,
                new PageEdits.Sent(
                        "heading-" + key,
                        form.version(),
                        sent,
                        binding,
                        model,
                        response,
                        redirect,
                        "drafting.notice.heading-saved"),
                text -> PageChanges.heading(text, key, MemorandumPages.blank(form.heading())),
                "#" + key);
    }
}
