package plenary.drafting.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumText;
import plenary.drafting.MemorandumText.DraftParagraph;
import plenary.drafting.MemorandumText.DraftSection;

/**
 * Merges a save made on an older revision of a memorandum ("yours") with what was saved since ("theirs"), each
 * compared with the revision the save was made on ("base"), part by part: the title, the preamble, each heading,
 * each paragraph (its words with its citations), and the order of sections and paragraphs. A part only one side
 * changed takes that side's change; a part both changed alike is kept; a part both changed differently is a
 * conflict, and then nothing is merged, so that the editor sees both texts side by side and decides.
 */
public final class Merge {

    /** Where two saves disagree: the field, the paragraph's or section's key, and each side's text. */
    public record Conflict(String field, @Nullable String key, String yours, String theirs) {}

    /** The merged text, or the conflicts that kept it from being merged. */
    public record Outcome(Optional<MemorandumText> merged, List<Conflict> conflicts) {}

    private record Order(List<String> sections, Map<String, List<String>> paragraphs) {}

    private final MemorandumText base;
    private final MemorandumText theirs;
    private final MemorandumText yours;
    private final List<Conflict> conflicts = new ArrayList<>();

    private Merge(MemorandumText base, MemorandumText theirs, MemorandumText yours) {
        this.base = base;
        this.theirs = theirs;
        this.yours = yours;
    }

    public static Outcome of(MemorandumText base, MemorandumText theirs, MemorandumText yours) {
        return new Merge(base, theirs, yours).merge();
    }

    private Outcome merge() {
        String title = part("title", null, base.title(), theirs.title(), yours.title());
        String preamble = part("preamble", null, base.preamble(), theirs.preamble(), yours.preamble());
        Order order = order();
        Map<String, DraftParagraph> b = paragraphs(base);
        Map<String, DraftParagraph> t = paragraphs(theirs);
        Map<String, DraftParagraph> y = paragraphs(yours);
        List<DraftSection> sections = new ArrayList<>();
        for (String sectionKey : order.sections()) {
            List<DraftParagraph> merged = new ArrayList<>();
            for (String key : order.paragraphs().get(sectionKey)) {
                merged.add(paragraph(key, b.get(key), t.get(key), y.get(key)));
            }
            sections.add(new DraftSection(sectionKey, heading(sectionKey), merged));
        }
        editsOfWhatTheOtherDeleted(order, b, t, y);
        if (!conflicts.isEmpty()) {
            return new Outcome(Optional.empty(), List.copyOf(conflicts));
        }
        return new Outcome(Optional.of(new MemorandumText(title, preamble, sections)), List.of());
    }

    private String heading(String sectionKey) {
        String b = headingOf(base, sectionKey);
        String t = headingOf(theirs, sectionKey);
        String y = headingOf(yours, sectionKey);
        if (t == null || y == null) {
            return Objects.requireNonNull(t == null ? y : t);
        }
        return part("heading", sectionKey, b == null ? y : b, t, y);
    }

    private DraftParagraph paragraph(
            String key, @Nullable DraftParagraph b, @Nullable DraftParagraph t, @Nullable DraftParagraph y) {
        if (t == null || y == null) {
            return Objects.requireNonNull(t == null ? y : t);
        }
        if (b == null || y.equals(b) || y.equals(t)) {
            return b == null && !y.equals(t) ? conflicting(key, y, t) : t;
        }
        return t.equals(b) ? y : conflicting(key, y, t);
    }

    private DraftParagraph conflicting(String key, DraftParagraph y, DraftParagraph t) {
        conflicts.add(new Conflict("text", key, y.text(), t.text()));
        return t;
    }

    /** A paragraph one side edited and the other deleted is a conflict: neither may lose the other's work. */
    private void editsOfWhatTheOtherDeleted(
            Order order, Map<String, DraftParagraph> b, Map<String, DraftParagraph> t, Map<String, DraftParagraph> y) {
        Set<String> kept = new HashSet<>();
        order.paragraphs().values().forEach(kept::addAll);
        b.forEach((key, was) -> {
            DraftParagraph their = t.get(key);
            DraftParagraph your = y.get(key);
            if (kept.contains(key)) {
                return;
            }
            if (your != null && !your.equals(was)) {
                conflicts.add(new Conflict("text", key, your.text(), ""));
            } else if (their != null && !their.equals(was)) {
                conflicts.add(new Conflict("text", key, "", their.text()));
            }
        });
    }

    private String part(String field, @Nullable String key, String b, String t, String y) {
        if (y.equals(b) || y.equals(t)) {
            return t;
        }
        if (t.equals(b)) {
            return y;
        }
        conflicts.add(new Conflict(field, key, y, t));
        return t;
    }

    /**
     * The order of sections and paragraphs. When only one side reordered, deleted or inserted, its order stands;
     * when both did, the one whose only change was to insert new paragraphs has them put into the other's order,
     * each after the paragraph it follows; otherwise the orders conflict.
     */
    private Order order() {
        Order b = orderOf(base);
        Order t = orderOf(theirs);
        Order y = orderOf(yours);
        if (y.equals(b) || y.equals(t)) {
            return t;
        }
        if (t.equals(b)) {
            return y;
        }
        Optional<Order> merged = insertions(b, y, t).or(() -> insertions(b, t, y));
        if (merged.isEmpty()) {
            conflicts.add(new Conflict("sections", null, outline(yours), outline(theirs)));
            return t;
        }
        return merged.get();
    }

    /** {@code other} with the paragraphs {@code inserting} added to {@code base}, if that was all it did. */
    private static Optional<Order> insertions(Order base, Order inserting, Order other) {
        Set<String> known = new HashSet<>();
        base.paragraphs().values().forEach(known::addAll);
        if (!inserting.sections().equals(base.sections())) {
            return Optional.empty();
        }
        for (String section : base.sections()) {
            List<String> without = inserting.paragraphs().get(section).stream()
                    .filter(known::contains)
                    .toList();
            if (!without.equals(base.paragraphs().get(section))) {
                return Optional.empty();
            }
        }
        Map<String, List<String>> paragraphs = new LinkedHashMap<>();
        other.paragraphs().forEach((section, keys) -> paragraphs.put(section, new ArrayList<>(keys)));
        for (String section : base.sections()) {
            List<String> into = paragraphs.get(section);
            if (into == null) {
                return Optional.empty();
            }
            String after = null;
            for (String key : inserting.paragraphs().get(section)) {
                if (!known.contains(key)) {
                    into.add(after == null || !into.contains(after) ? 0 : into.indexOf(after) + 1, key);
                }
                after = key;
            }
        }
        return Optional.of(new Order(other.sections(), paragraphs));
    }

    private static Order orderOf(MemorandumText text) {
        Map<String, List<String>> paragraphs = new LinkedHashMap<>();
        text.sections()
                .forEach(s -> paragraphs.put(
                        s.key(),
                        s.paragraphs().stream().map(DraftParagraph::key).toList()));
        return new Order(List.copyOf(paragraphs.keySet()), paragraphs);
    }

    private static Map<String, DraftParagraph> paragraphs(MemorandumText text) {
        Map<String, DraftParagraph> paragraphs = new LinkedHashMap<>();
        text.sections().forEach(s -> s.paragraphs().forEach(p -> paragraphs.put(p.key(), p)));
        return paragraphs;
    }

    private static @Nullable String headingOf(MemorandumText text, String sectionKey) {
        return text.sections().stream()
                .filter(s -> s.key().equals(sectionKey))
                .map(DraftSection::heading)
                .findFirst()
                .orElse(null);
    }

    /** The order as an editor reads it: each section's heading, then its paragraphs' numbers and first words. */
    private static String outline(MemorandumText text) {
        StringBuilder out = new StringBuilder();
        Map<String, String> numbers = text.numbers();
        for (int s = 0; s < text.sections().size(); s++) {
            DraftSection section = text.sections().get(s);
            out.append(s + 1).append(". ").append(section.heading()).append('\n');
            for (DraftParagraph p : section.paragraphs()) {
                out.append("  ")
                        .append(numbers.get(p.key()))
                        .append(' ')
                        .append(firstWords(p.text()))
                        .append('\n');
            }
        }
        return out.toString().strip();
    }

    private static String firstWords(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
