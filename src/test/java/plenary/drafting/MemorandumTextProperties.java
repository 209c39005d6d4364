package plenary.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import plenary.kernel.InvalidRecord;

/**
 * Properties of a memorandum's paragraphs under generated sequences of inserts, moves, rewrites and deletes
 * (QuickTheories, 300 examples): a paragraph keeps its key and its words wherever it goes, and the numbers run
 * 1…n in every section. Some generated edits are refused (a move after itself); the text goes on from there.
 */
class MemorandumTextProperties {

    private static final List<String> SECTIONS = List.of("sec_a", "sec_b", "sec_c");

    @Test
    void paragraphsKeepTheirKeysAndWordsAndNumbersRunWithoutGaps() {
        qt().withExamples(300)
                .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 60))
                .checkAssert(steps -> {
                    MemorandumText text = start();
                    Map<String, String> words = new HashMap<>();
                    int next = 0;
                    for (int step : steps) {
                        List<String> keys = new ArrayList<>(text.numbers().keySet());
                        String section = SECTIONS.get(step % SECTIONS.size());
                        String some = keys.isEmpty() ? null : keys.get((step / 3) % keys.size());
                        try {
                            switch ((step / 7) % 4) {
                                case 0 -> {
                                    String key = "p_" + next++;
                                    String after = some != null && inSection(text, section, some) ? some : null;
                                    text = text.insert(section, after, key, "Words of " + key);
                                    words.put(key, "Words of " + key);
                                }
                                case 1 -> {
                                    if (some != null) {
                                        String after = keys.get((step / 11) % keys.size());
                                        text = text.move(some, section, inSection(text, section, after) ? after : null);
                                    }
                                }
                                case 2 -> {
                                    if (some != null) {
                                        text = text.rewrite(some, "Rewritten " + step);
                                        words.put(some, "Rewritten " + step);
                                    }
                                }
                                default -> {
                                    if (some != null) {
                                        text = text.delete(some);
                                        words.remove(some);
                                    }
                                }
                            }
                        } catch (InvalidRecord refused) {
                            // A move after itself: refused, and the sequence goes on with the text as it was.
                        }
                        assertHolds(text, words);
                    }
                });
    }

    private static void assertHolds(MemorandumText text, Map<String, String> words) {
        Map<String, String> numbers = text.numbers();
        assertThat(numbers.keySet()).containsExactlyInAnyOrderElementsOf(words.keySet());
        words.forEach((key, said) ->
                assertThat(text.paragraph(key).orElseThrow().text()).isEqualTo(said));
        for (int s = 0; s < text.sections().size(); s++) {
            var paragraphs = text.sections().get(s).paragraphs();
            for (int p = 0; p < paragraphs.size(); p++) {
                assertThat(numbers.get(paragraphs.get(p).key())).isEqualTo((s + 1) + "." + (p + 1));
            }
        }
    }

    private static boolean inSection(MemorandumText text, String section, String key) {
        return text.sections().stream()
                .filter(s -> s.key().equals(section))
                .flatMap(s -> s.paragraphs().stream())
                .anyMatch(p -> p.key().equals(key));
    }

    private static MemorandumText start() {
        Map<String, String> headings = new LinkedHashMap<>();
        SECTIONS.forEach(key -> headings.put(key, "Heading of " + key));
        return MemorandumText.of("Memorandum", "Preamble.", headings);
    }
}
