package plenary.drafting;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumText.DraftParagraph;
import plenary.drafting.MemorandumText.DraftSection;
import plenary.institutions.InstitutionId;
import plenary.kernel.InvalidRecord;

/**
 * The changes the memorandum's page makes, one part at a time, to the text it showed: a paragraph's words and
 * citations, a paragraph added or moved a place up, down or into another section, a heading, a section added, the
 * title and preamble. Each gives a new text; a new paragraph or section has no key yet (the save gives it one). A
 * change that breaks a rule is refused naming the page's field, and changes nothing.
 */
final class PageChanges {

    private PageChanges() {}

    /** The paragraph with these words and citations, where it stands. */
    static MemorandumText paragraph(
            MemorandumText text, String key, String words, List<Long> proposals, List<InstitutionId> institutions) {
        requireWords(words);
        paragraphAt(text, key);
        return withSections(
                text,
                text.sections().stream()
                        .map(s -> section(
                                s,
                                s.paragraphs().stream()
                                        .map(p -> p.key().equals(key)
                                                ? new DraftParagraph(key, words.strip(), proposals, institutions)
                                                : p)
                                        .toList()))
                        .toList());
    }

    /** The text with a new paragraph in the section, after {@code afterKey} (first when none). */
    static MemorandumText added(
            MemorandumText text,
            String sectionKey,
            @Nullable String afterKey,
            String words,
            List<Long> proposals,
            List<InstitutionId> institutions) {
        requireWords(words);
        return text.insert(sectionKey, afterKey, new DraftParagraph("", words, proposals, institutions));
    }

    /** The paragraph a place up: to the end of the section before when it stands first in its own. */
    static MemorandumText up(MemorandumText text, String key) {
        Place at = paragraphAt(text, key);
        List<DraftParagraph> own = at.section().paragraphs();
        if (at.index() > 0) {
            return text.move(
                    key,
                    at.section().key(),
                    at.index() > 1 ? own.get(at.index() - 2).key() : null);
        }
        if (at.sectionIndex() == 0) {
            return text;
        }
        return text.move(key, text.sections().get(at.sectionIndex() - 1).key(), lastKey(text, at.sectionIndex() - 1));
    }

    /** The paragraph a place down: to the start of the section after when it stands last in its own. */
    static MemorandumText down(MemorandumText text, String key) {
        Place at = paragraphAt(text, key);
        List<DraftParagraph> own = at.section().paragraphs();
        if (at.index() < own.size() - 1) {
            return text.move(key, at.section().key(), own.get(at.index() + 1).key());
        }
        if (at.sectionIndex() == text.sections().size() - 1) {
            return text;
        }
        return text.move(key, text.sections().get(at.sectionIndex() + 1).key(), null);
    }

    /** The paragraph moved to the end of another section. */
    static MemorandumText toSection(MemorandumText text, String key, String sectionKey) {
        paragraphAt(text, key);
        int target = sectionIndex(text, sectionKey);
        List<DraftParagraph> there = text.sections().get(target).paragraphs().stream()
                .filter(p -> !p.key().equals(key))
                .toList();
        return text.move(
                key,
                sectionKey,
                there.isEmpty() ? null : there.get(there.size() - 1).key());
    }

    /** The section under a new heading. */
    static MemorandumText heading(MemorandumText text, String sectionKey, String heading) {
        requireGiven(heading, "heading");
        sectionIndex(text, sectionKey);
        return withSections(
                text,
                text.sections().stream()
                        .map(s -> s.key().equals(sectionKey)
                                ? new DraftSection(s.key(), heading.strip(), s.paragraphs())
                                : s)
                        .toList());
    }

    /** The text with a new, empty section at its end. */
    static MemorandumText sectionAdded(MemorandumText text, String heading) {
        requireGiven(heading, "heading");
        List<DraftSection> sections = new ArrayList<>(text.sections());
        sections.add(new DraftSection("", heading.strip(), List.of()));
        return withSections(text, sections);
    }

    /** The text under a new title and preamble. */
    static MemorandumText front(MemorandumText text, String title, String preamble) {
        requireGiven(title, "title");
        requireGiven(preamble, "preamble");
        return new MemorandumText(title.strip(), preamble.strip(), text.sections());
    }

    /** Where a paragraph stands: its section, that section's place, and its own place in it. */
    private record Place(DraftSection section, int sectionIndex, int index) {}

    private static Place paragraphAt(MemorandumText text, String key) {
        for (int s = 0; s < text.sections().size(); s++) {
            List<DraftParagraph> paragraphs = text.sections().get(s).paragraphs();
            for (int p = 0; p < paragraphs.size(); p++) {
                if (paragraphs.get(p).key().equals(key)) {
                    return new Place(text.sections().get(s), s, p);
                }
            }
        }
        throw InvalidRecord.of("key", "exists", "the memorandum has no paragraph " + key);
    }

    private static int sectionIndex(MemorandumText text, String sectionKey) {
        for (int s = 0; s < text.sections().size(); s++) {
            if (text.sections().get(s).key().equals(sectionKey)) {
                return s;
            }
        }
        throw InvalidRecord.of("sectionKey", "exists", "the memorandum has no section " + sectionKey);
    }

    private static @Nullable String lastKey(MemorandumText text, int sectionIndex) {
        List<DraftParagraph> paragraphs = text.sections().get(sectionIndex).paragraphs();
        return paragraphs.isEmpty()
                ? null
                : paragraphs.get(paragraphs.size() - 1).key();
    }

    private static DraftSection section(DraftSection section, List<DraftParagraph> paragraphs) {
        return new DraftSection(section.key(), section.heading(), paragraphs);
    }

    private static MemorandumText withSections(MemorandumText text, List<DraftSection> sections) {
        return new MemorandumText(text.title(), text.preamble(), sections);
    }

    private static void requireWords(String words) {
        if (words.isBlank()) {
            throw InvalidRecord.of("text", "required", "a paragraph must say something");
        }
    }

    private static void requireGiven(String value, String field) {
        if (value.isBlank()) {
            throw InvalidRecord.of(field, "required", "must be given");
        }
    }
}
