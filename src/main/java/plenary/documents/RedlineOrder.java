package plenary.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.documents.DocumentRedline.Mark;
import plenary.documents.ReadingOrder.Heading;
import plenary.documents.ReadingOrder.Passage;

/**
 * Where each heading and paragraph of two versions stands in their redline: the newer version's sections in order,
 * each removed one after the section that came before it; in each, its paragraphs in the newer order, each removed
 * one, and the place a moved one left, after the paragraph that came before it in the older version and ahead of
 * what was added there.
 */
final class RedlineOrder {

    /** A paragraph of the redline: what it was, what it is, and what the redline shows there. */
    record Step(@Nullable Passage was, @Nullable Passage is, Mark mark) {

        /** The paragraph where the redline shows it: the older one where it is no more. */
        Passage here() {
            return Objects.requireNonNull(mark == Mark.REMOVED || mark == Mark.MOVED_FROM ? was : is);
        }
    }

    /** A section of the redline: its heading before and after (null where it is not), and its paragraphs. */
    record Part(@Nullable Heading was, @Nullable Heading is, List<Step> steps) {}

    private final ReadingOrder before;
    private final ReadingOrder after;
    private final Set<String> kept;

    private RedlineOrder(ReadingOrder before, ReadingOrder after) {
        this.before = before;
        this.after = after;
        this.kept = ReadingOrder.keptInOrder(before, after);
    }

    static List<Part> of(ReadingOrder before, ReadingOrder after) {
        RedlineOrder order = new RedlineOrder(before, after);
        Map<String, List<Step>> steps = new LinkedHashMap<>();
        for (Step step : order.steps()) {
            steps.computeIfAbsent(step.here().section(), s -> new ArrayList<>()).add(step);
        }
        List<Part> parts = new ArrayList<>();
        for (Heading heading : order.headings()) {
            parts.add(new Part(
                    before.headingByKey.get(heading.key()),
                    after.headingByKey.get(heading.key()),
                    steps.getOrDefault(heading.key(), List.of())));
        }
        return parts;
    }

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
    private List<Step> steps() {
        List<Passage> news = after.passages;
        // For each newer paragraph, the older place of the next one kept in order: what came before it goes first.
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
}
