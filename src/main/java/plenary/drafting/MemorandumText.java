package plenary.drafting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import plenary.documents.Document;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;
import plenary.institutions.InstitutionId;
import plenary.kernel.InvalidRecord;

/**
 * The text of a memorandum: a title, a preamble and sections of paragraphs. A paragraph is known by its key,
 * which it keeps whatever happens around it; its number ("3.2": the third section's second paragraph) is derived
 * from where it stands. Every change gives a new text and leaves this one as it was; a change that breaks a rule
 * is refused, naming the field, and changes nothing.
 */
public record MemorandumText(String title, String preamble, List<DraftSection> sections) {

    public MemorandumText {
        sections = List.copyOf(sections);
    }

    /** A section: its key, its heading and its paragraphs in order. */
    public record DraftSection(String key, String heading, List<DraftParagraph> paragraphs) {

        public DraftSection {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * A paragraph: the key it keeps, its words, and what it cites so that anyone can trace it back to the
     * discussion: proposals of the group's meetings (by their ids) and the institutions it draws on.
     */
    public record DraftParagraph(String key, String text, List<Long> proposalIds, List<InstitutionId> institutionIds) {

        public DraftParagraph {
            proposalIds = List.copyOf(proposalIds);
            institutionIds = List.copyOf(institutionIds);
        }

        /** A paragraph that cites nothing. */
        public DraftParagraph(String key, String text) {
            this(key, text, List.of(), List.of());
        }

        DraftParagraph withText(String changed) {
            return new DraftParagraph(key, changed, proposalIds, institutionIds);
        }
    }

    /** An empty memorandum with these sections (keys and headings, in order). */
    public static MemorandumText of(String title, String preamble, Map<String, String> headings) {
        List<DraftSection> sections = new ArrayList<>();
        headings.forEach((key, heading) -> sections.add(new DraftSection(key, heading, List.of())));
        return new MemorandumText(title, preamble, sections);
    }

    /** The text with a new paragraph in the section, after {@code afterKey} (first when null). */
    public MemorandumText insert(String sectionKey, @Nullable String afterKey, String key, String text) {
        return insert(sectionKey, afterKey, new DraftParagraph(key, text));
    }

    /** The text with this new paragraph (its citations with it) in the section, after {@code afterKey}. */
    public MemorandumText insert(String sectionKey, @Nullable String afterKey, DraftParagraph paragraph) {
        requireText(paragraph.text());
        if (paragraph(paragraph.key()).isPresent()) {
            throw InvalidRecord.of("key", "unique", "the memorandum already has a paragraph " + paragraph.key());
        }
        return placed(sectionKey, afterKey, paragraph.withText(paragraph.text().strip()));
    }

    /** The text with the paragraph moved into the section, after {@code afterKey} (first when null). */
    public MemorandumText move(String key, String toSectionKey, @Nullable String afterKey) {
        DraftParagraph moving = existing(key);
        if (key.equals(afterKey)) {
            throw InvalidRecord.of("afterKey", "not-itself", "a paragraph cannot be moved after itself");
        }
        return without(key).placed(toSectionKey, afterKey, moving);
    }

    /** The text with the paragraph's words replaced; it keeps its key and its place. */
    public MemorandumText rewrite(String key, String text) {
        requireText(text);
        existing(key);
        return withSections(sections.stream()
                .map(s -> new DraftSection(
                        s.key(),
                        s.heading(),
                        s.paragraphs().stream()
                                .map(p -> p.key().equals(key) ? p.withText(text.strip()) : p)
                                .toList()))
                .toList());
    }

    /** The text without the paragraph; those after it close up. */
    public MemorandumText delete(String key) {
        existing(key);
        return without(key);
    }

    /** Every paragraph's number by its key, in reading order: "3.2" for the third section's second paragraph. */
    public Map<String, String> numbers() {
        Map<String, String> numbers = new LinkedHashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            List<DraftParagraph> paragraphs = sections.get(s).paragraphs();
            for (int p = 0; p < paragraphs.size(); p++) {
                numbers.put(paragraphs.get(p).key(), (s + 1) + "." + (p + 1));
            }
        }
        return numbers;
    }

    public Optional<DraftParagraph> paragraph(String key) {
        return sections.stream()
                .flatMap(s -> s.paragraphs().stream())
                .filter(p -> p.key().equals(key))
                .findFirst();
    }

    /** The memorandum as a document of the one model, each paragraph under its key and with its number. */
    public Document document(String id, LocalDate date, String author, String status) {
        Map<String, String> numbers = numbers();
        List<Section> contents = new ArrayList<>();
        // A memorandum begun blank has no preamble yet: it is printed without one.
        if (!preamble.isBlank()) {
            contents.add(new Section(
                    "preamble",
                    null,
                    "Preamble",
                    List.of(new Paragraph("preamble__para_1", List.of(Span.text(preamble)))),
                    List.of()));
        }
        for (int s = 0; s < sections.size(); s++) {
            DraftSection section = sections.get(s);
            contents.add(new Section(
                    section.key(),
                    String.valueOf(s + 1),
                    section.heading(),
                    section.paragraphs().stream()
                            .map(p -> new Paragraph(p.key(), numbers.get(p.key()), List.of(Span.text(p.text()))))
                            .toList(),
                    List.of()));
        }
        return new Document(id, title, null, date, author, status, List.of(), contents);
    }

    private MemorandumText placed(String sectionKey, @Nullable String afterKey, DraftParagraph paragraph) {
        DraftSection section = sections.stream()
                .filter(s -> s.key().equals(sectionKey))
                .findFirst()
                .orElseThrow(
                        () -> InvalidRecord.of("sectionKey", "exists", "the memorandum has no section " + sectionKey));
        List<DraftParagraph> paragraphs = new ArrayList<>(section.paragraphs());
        int at = 0;
        if (afterKey != null) {
            at = indexOf(paragraphs, afterKey) + 1;
            if (at == 0) {
                throw InvalidRecord.of("afterKey", "exists", "section " + sectionKey + " has no paragraph " + afterKey);
            }
        }
        paragraphs.add(at, paragraph);
        DraftSection changed = new DraftSection(section.key(), section.heading(), paragraphs);
        return withSections(sections.stream()
                .map(s -> s.key().equals(sectionKey) ? changed : s)
                .toList());
    }

    private MemorandumText without(String key) {
        return withSections(sections.stream()
                .map(s -> new DraftSection(
                        s.key(),
                        s.heading(),
                        s.paragraphs().stream()
                                .filter(p -> !p.key().equals(key))
                                .toList()))
                .toList());
    }

    private MemorandumText withSections(List<DraftSection> changed) {
        return new MemorandumText(title, preamble, changed);
    }

    private DraftParagraph existing(String key) {
        return paragraph(key)
                .orElseThrow(() -> InvalidRecord.of("key", "exists", "the memorandum has no paragraph " + key));
    }

    private static int indexOf(List<DraftParagraph> paragraphs, String key) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static void requireText(String text) {
        if (text.isBlank()) {
            throw InvalidRecord.of("text", "required", "a paragraph must say something");
        }
    }
}
