package plenary.drafting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumEdit.ParagraphEdit;
import plenary.drafting.MemorandumEdit.SectionEdit;
import plenary.drafting.MemorandumText.DraftParagraph;
import plenary.drafting.MemorandumText.DraftSection;
import plenary.institutions.InstitutionId;
import plenary.kernel.Rules;

/**
 * An edit read as a memorandum's text: every rule it breaks is named by its field ({@code
 * sections[1].paragraphs[0].text}), and new sections and paragraphs get keys from the memorandum's counter.
 */
record EditedText(MemorandumText text, int nextKey) {

    /** What an edit may refer to: the keys of the text it was made on, and what may be cited. */
    record Known(MemorandumText base, Set<Long> proposals, Predicate<InstitutionId> institutions) {}

    static EditedText of(MemorandumEdit edit, Known known, int nextKey) {
        Rules rules = new Rules().required(edit.title(), "title").required(edit.sections(), "sections");
        Set<String> sectionKeys =
                known.base().sections().stream().map(DraftSection::key).collect(java.util.stream.Collectors.toSet());
        Set<String> paragraphKeys = new HashSet<>(known.base().numbers().keySet());
        Set<String> seen = new HashSet<>();
        int next = nextKey;
        List<DraftSection> sections = new ArrayList<>();
        List<SectionEdit> given = edit.sections() == null ? List.of() : edit.sections();
        for (int s = 0; s < given.size(); s++) {
            SectionEdit section = given.get(s);
            String field = "sections[" + s + "]";
            String key = section.key() == null || section.key().isBlank() ? "sec_" + next++ : section.key();
            key(rules, section.key(), sectionKeys, seen, field + ".key", "section");
            rules.required(section.heading(), field + ".heading");
            List<DraftParagraph> paragraphs = new ArrayList<>();
            List<ParagraphEdit> givenParagraphs = section.paragraphs() == null ? List.of() : section.paragraphs();
            for (int p = 0; p < givenParagraphs.size(); p++) {
                ParagraphEdit paragraph = givenParagraphs.get(p);
                String at = field + ".paragraphs[" + p + "]";
                String paragraphKey =
                        paragraph.key() == null || paragraph.key().isBlank() ? "para_" + next++ : paragraph.key();
                key(rules, paragraph.key(), paragraphKeys, seen, at + ".key", "paragraph");
                rules.check(
                        paragraph.text() != null && !paragraph.text().isBlank(),
                        at + ".text",
                        "required",
                        "a paragraph must say something");
                List<Long> proposals = list(paragraph.proposalIds());
                rules.check(
                        known.proposals().containsAll(proposals),
                        at + ".proposalIds",
                        "of-study-group",
                        "may only cite proposals put forward at this study group's meetings");
                List<InstitutionId> institutions = list(paragraph.institutionIds()).stream()
                        .map(InstitutionId::new)
                        .toList();
                rules.check(
                        institutions.stream().allMatch(known.institutions()),
                        at + ".institutionIds",
                        "exists",
                        "may only cite institutions Plenary knows");
                paragraphs.add(new DraftParagraph(
                        paragraphKey,
                        strip(paragraph.text()),
                        proposals.stream().distinct().toList(),
                        institutions.stream().distinct().toList()));
            }
            sections.add(new DraftSection(key, strip(section.heading()), paragraphs));
        }
        rules.enforce();
        return new EditedText(new MemorandumText(strip(edit.title()), strip(edit.preamble()), sections), next);
    }

    /** A given key must be one of the text the edit was made on, and stand once. */
    private static void key(
            Rules rules, @Nullable String given, Set<String> known, Set<String> seen, String field, String what) {
        if (given == null || given.isBlank()) {
            return;
        }
        rules.check(known.contains(given), field, "exists", "the memorandum has no " + what + " " + given);
        rules.check(seen.add(given), field, "unique", "the " + what + " " + given + " stands twice");
    }

    private static List<Long> list(@Nullable List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).toList();
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
