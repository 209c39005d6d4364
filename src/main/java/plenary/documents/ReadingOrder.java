package plenary.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;

/**
 * A document's headings and paragraphs in reading order, each under a key that is its eId (made unique when a
 * document repeats one), and where two versions' paragraphs stand against each other: those kept in order (the
 * longest common subsequence of their keys), the rest of those in both being moves.
 */
final class ReadingOrder {

    /** A section's heading and number, where a rapporteur finds it. */
    record Heading(String key, String eId, @Nullable String number, String text, String location) {}

    /** A paragraph, its number, its section's key and where it stands. */
    record Passage(String key, String eId, @Nullable String number, String text, String location, String section) {}

    final List<Heading> headings = new ArrayList<>();
    final List<Passage> passages = new ArrayList<>();
    final Map<String, Heading> headingByKey = new HashMap<>();
    final Map<String, Integer> indexByKey = new HashMap<>();

    private ReadingOrder(Document doc) {
        Set<String> keys = new HashSet<>();
        sections(doc.contents(), keys);
    }

    static ReadingOrder of(Document doc) {
        return new ReadingOrder(doc);
    }

    @Nullable Passage passage(String key) {
        Integer index = indexByKey.get(key);
        return index == null ? null : passages.get(index);
    }

    private void sections(List<Section> sections, Set<String> keys) {
        for (Section section : sections) {
            String label = DocumentTexts.label(section);
            Heading heading = new Heading(
                    unique(section.eId(), keys),
                    section.eId(),
                    section.number(),
                    section.heading(),
                    "Heading of " + label);
            headings.add(heading);
            headingByKey.put(heading.key(), heading);
            int n = 0;
            for (Paragraph paragraph : section.paragraphs()) {
                String key = unique(paragraph.eId(), keys);
                indexByKey.put(key, passages.size());
                passages.add(new Passage(
                        key,
                        paragraph.eId(),
                        paragraph.number(),
                        paragraph.text(),
                        label + ", paragraph " + ++n,
                        heading.key()));
            }
            sections(section.subsections(), keys);
        }
    }

    // eIds are meant to be unique; a repeated one still gets a place of its own rather than taking another's.
    private static String unique(String eId, Set<String> keys) {
        String key = eId;
        for (int n = 2; !keys.add(key); n++) {
            key = eId + "#" + n;
        }
        return key;
    }

    /**
     * The keys of the newer version's paragraphs that stand in the same order as in the older one: a longest common
     * subsequence of the two orders. Each key is in each order once, so this is a longest increasing run of their
     * older places, found with a Fenwick tree of the best run ending below each place (n log n). Among runs as long,
     * the one that keeps more paragraphs in their section, then at their number, wins: when a paragraph goes from the
     * end of one section to the end of the next, it is that one that moved, not the one it passed.
     */
    static Set<String> keptInOrder(ReadingOrder before, ReadingOrder after) {
        List<Passage> common = new ArrayList<>();
        List<Integer> olderPlaces = new ArrayList<>();
        for (Passage passage : after.passages) {
            Integer place = before.indexByKey.get(passage.key());
            if (place != null) {
                common.add(passage);
                olderPlaces.add(place);
            }
        }
        int places = before.passages.size();
        long[] bestValue = new long[places + 1];
        int[] bestEnd = new int[places + 1];
        Arrays.fill(bestEnd, -1);
        long[] value = new long[common.size()];
        int[] previous = new int[common.size()];
        int end = -1;
        for (int i = 0; i < common.size(); i++) {
            Passage is = common.get(i);
            int place = olderPlaces.get(i) + 1;
            Passage was = before.passages.get(place - 1);
            long weight = (1L << 32)
                    + (was.section().equals(is.section()) ? 2 : 0)
                    + (Objects.equals(was.number(), is.number()) ? 1 : 0);
            long best = 0;
            int bestAt = -1;
            for (int k = place - 1; k > 0; k -= k & -k) {
                if (bestValue[k] > best) {
                    best = bestValue[k];
                    bestAt = bestEnd[k];
                }
            }
            value[i] = best + weight;
            previous[i] = bestAt;
            for (int k = place; k <= places; k += k & -k) {
                if (value[i] > bestValue[k]) {
                    bestValue[k] = value[i];
                    bestEnd[k] = i;
                }
            }
            if (end < 0 || value[i] > value[end]) {
                end = i;
            }
        }
        Set<String> kept = new HashSet<>();
        for (int i = end; i >= 0; i = previous[i]) {
            kept.add(common.get(i).key());
        }
        return kept;
    }
}
