package plenary.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.documents.DocumentRedline.Block;
import plenary.documents.DocumentRedline.Mark;
import plenary.documents.DocumentTexts.Kind;
import plenary.documents.ReadingOrder.Heading;
import plenary.documents.ReadingOrder.Passage;
import plenary.documents.Redline.Change;
import plenary.documents.Redline.Op;
import plenary.documents.Redline.Piece;

/**
 * Compares two versions of a document whose paragraphs keep their eIds. Removed paragraphs and the places moved
 * ones left are put where they stood: after the paragraph that came before them in the older version, ahead of
 * what was added there; removed sections after the section before them. Only the texts that changed are compared
 * word by word.
 */
final class DocumentComparison {

    /** A paragraph of the merged reading order: what it was, what it is, and what the redline shows there. */
    private record Step(@Nullable Passage was, @Nullable Passage is, Mark mark) {

        String section() {
            Passage at = mark == Mark.REMOVED || mark == Mark.MOVED_FROM ? was : is;
            return Objects.requireNonNull(at).section();
        }
    }

    private final ReadingOrder before;
    private final ReadingOrder after;
    private final Set<String> kept;
    private final List<Block> text = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();

    private DocumentComparison(Document from, Document to) {
        before = ReadingOrder.of(from);
        after = ReadingOrder.of(to);
        kept = ReadingOrder.keptInOrder(before, after);
    }

    static DocumentRedline of(int fromNumber, Document from, int toNumber, Document to) {
        DocumentComparison comparison = new DocumentComparison(from, to);
        comparison.line(Kind.TITLE, DocumentTexts.TITLE, "Title", from.title(), to.title());
        if (from.subtitle() != null || to.subtitle() != null) {
            comparison.line(Kind.SUBTITLE, DocumentTexts.SUBTITLE, "Subtitle", from.subtitle(), to.subtitle());
        }
        comparison.sections();
        return new DocumentRedline(fromNumber, toNumber, comparison.changes, comparison.text);
    }

    private void line(Kind kind, String eId, String location, @Nullable String was, @Nullable String is) {
        if (was == null) {
            add(kind, eId, location, Mark.ADDED, null, null, "", Objects.requireNonNull(is));
        } else if (is == null) {
            add(kind, eId, location, Mark.REMOVED, null, null, was, "");
        } else {
            add(kind, eId, location, was.equals(is) ? Mark.UNCHANGED : Mark.CHANGED, null, null, was, is);
        }
    }

    private void sections() {
        Map<String, List<Step>> steps = new LinkedHashMap<>();
        for (Step step : merged()) {
            steps.computeIfAbsent(step.section(), s -> new ArrayList<>()).add(step);
        }
        for (Heading heading : headings()) {
            Heading was = before.headingByKey.get(heading.key());
            Heading is = after.headingByKey.get(heading.key());
            if (was == null) {
                add(
                        Kind.HEADING,
                        heading.eId(),
                        heading.location(),
                        Mark.ADDED,
                        null,
                        heading.number(),
                        "",
                        heading.text());
            } else if (is == null) {
                add(
                        Kind.HEADING,
                        heading.eId(),
                        heading.location(),
                        Mark.REMOVED,
                        heading.number(),
                        null,
                        heading.text(),
                        "");
            } else {
                Mark mark = was.text().equals(is.text()) ? Mark.UNCHANGED : Mark.CHANGED;
                add(Kind.HEADING, is.eId(), is.location(), mark, was.number(), is.number(), was.text(), is.text());
            }
            steps.getOrDefault(heading.key(), List.of()).forEach(this::paragraph);
        }
    }

    /** The newer version's sections in order, each removed one after the section that came before it. */
    private List<Heading> headings() {
        List<Heading> atStart = new ArrayList<>();
        Map<String, List<Heading>> removedAfter = new HashMap<>();
        List<Heading> removed = atStart;
        for (Heading heading : before.headings) {
            if (after.headingByKey.containsKey(heading.key())) {
                removed = removedAfter.computeIfAbsent(heading.key(), k -> new ArrayList<>());
            } else {
                removed.add(heading);
            }
        }
        List<Heading> order = new ArrayList<>(atStart);
        for (Heading heading : after.headings) {
            order.add(heading);
            order.addAll(removedAfter.getOrDefault(heading.key(), List.of()));
        }
        return order;
    }

    /** Every paragraph of both versions once (a moved one twice), in the order the redline reads them. */
    private List<Step> merged() {
        List<Passage> news = after.passages;
        int[] nextKept = new int[news.size() + 1];
        nextKept[news.size()] = before.passages.size();
        for (int j = news.size() - 1; j >= 0; j--) {
            String key = news.get(j).key();
            Integer place = kept.contains(key) ? before.indexByKey.get(key) : null;
            nextKept[j] = place == null ? nextKept[j + 1] : place;
        }
        List<Step> steps = new ArrayList<>(news.size() + 16);
        int i = 0;
        for (int j = 0; j < news.size(); j++) {
            i = ghosts(i, nextKept[j], steps);
            Passage is = news.get(j);
            Passage was = before.passage(is.key());
            if (was == null) {
                steps.add(new Step(null, is, Mark.ADDED));
            } else if (kept.contains(is.key())) {
                steps.add(new Step(was, is, was.text().equals(is.text()) ? Mark.UNCHANGED : Mark.CHANGED));
                i++;
            } else {
                steps.add(new Step(was, is, Mark.MOVED_TO));
            }
        }
        ghosts(i, before.passages.size(), steps);
        return steps;
    }

    /** The older paragraphs from {@code i} up to {@code limit} that are not kept in order: removed or moved. */
    private int ghosts(int i, int limit, List<Step> steps) {
        for (; i < limit; i++) {
            Passage was = before.passages.get(i);
            if (!kept.contains(was.key())) {
                Passage is = after.passage(was.key());
                steps.add(new Step(was, is, is == null ? Mark.REMOVED : Mark.MOVED_FROM));
            }
        }
        return i;
    }

    private void paragraph(Step step) {
        Passage was = step.was();
        Passage is = step.is();
        Passage here = step.mark() == Mark.REMOVED || step.mark() == Mark.MOVED_FROM ? was : is;
        Objects.requireNonNull(here);
        add(
                Kind.PARAGRAPH,
                here.eId(),
                here.location(),
                step.mark(),
                was == null ? null : was.number(),
                is == null ? null : is.number(),
                was == null ? "" : was.text(),
                is == null ? "" : is.text());
    }

    private void add(
            Kind kind,
            String eId,
            String location,
            Mark mark,
            @Nullable String fromNumber,
            @Nullable String toNumber,
            String was,
            String is) {
        List<Piece> pieces = switch (mark) {
            case UNCHANGED -> pieces(Op.SAME, is);
            case ADDED -> pieces(Op.INSERTED, is);
            case REMOVED, MOVED_FROM -> pieces(Op.DELETED, was);
            case CHANGED -> Redlines.words(was, is);
            case MOVED_TO -> was.equals(is) ? pieces(Op.SAME, is) : Redlines.words(was, is);
        };
        text.add(new Block(eId, kind, mark, fromNumber, toNumber, pieces));
        Redline.Kind change = switch (mark) {
            case UNCHANGED, MOVED_FROM -> null;
            case CHANGED -> Redline.Kind.CHANGED;
            case ADDED -> Redline.Kind.ADDED;
            case REMOVED -> Redline.Kind.REMOVED;
            case MOVED_TO -> Redline.Kind.MOVED;
        };
        if (change != null) {
            changes.add(
                    new Change(eId, location, change, was, is, pieces, Redlines.html(pieces), fromNumber, toNumber));
        }
    }

    private static List<Piece> pieces(Op op, String text) {
        return text.isEmpty() ? List.of() : List.of(new Piece(op, text));
    }
}
