package plenary.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;

/**
 * A long memorandum and its next version, generated from a seed: 200 paragraphs of about 75 words (some 15,000 in
 * all) in eight sections, worded from the seed report's vocabulary; in the next version a tenth of the paragraphs
 * edited (a word replaced, one inserted, one deleted) and five moved, each into a section at least two away.
 *
 * @param edited the keys of the edited paragraphs
 * @param moved  the keys of the moved paragraphs
 */
record GeneratedMemorandum(Document older, Document newer, Set<String> edited, Set<String> moved) {

    static final int SECTIONS = 8;
    static final int PARAGRAPHS = 200;

    static GeneratedMemorandum generate(long seed) {
        Random random = new Random(seed);
        List<String> words = vocabulary();
        List<List<String[]>> sections = new ArrayList<>();
        for (int s = 0; s < SECTIONS; s++) {
            sections.add(new ArrayList<>());
        }
        for (int p = 0; p < PARAGRAPHS; p++) {
            String[] paragraph = {"para_" + (p + 1), prose(random, words, 60 + random.nextInt(31))};
            sections.get(p * SECTIONS / PARAGRAPHS).add(paragraph);
        }
        List<String> headings = new ArrayList<>();
        for (int s = 0; s < SECTIONS; s++) {
            headings.add(capitalised(words.get(random.nextInt(words.size()))) + " and "
                    + words.get(random.nextInt(words.size())));
        }
        Document older = document(headings, sections);

        List<List<String[]>> next = new ArrayList<>();
        sections.forEach(section -> next.add(new ArrayList<>(section)));
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < PARAGRAPHS / 10 + 5) {
            chosen.add("para_" + (1 + random.nextInt(PARAGRAPHS)));
        }
        List<String> keys = new ArrayList<>(chosen);
        Set<String> edited = new LinkedHashSet<>(keys.subList(0, PARAGRAPHS / 10));
        Set<String> moved = new LinkedHashSet<>(keys.subList(PARAGRAPHS / 10, keys.size()));
        for (List<String[]> section : next) {
            section.replaceAll(p -> edited.contains(p[0]) ? new String[] {p[0], edit(random, words, p[1])} : p);
        }
        for (String key : moved) {
            int from = sectionOf(next, key);
            String[] paragraph = next.get(from).stream()
                    .filter(p -> p[0].equals(key))
                    .findFirst()
                    .orElseThrow();
            next.get(from).remove(paragraph);
            int to = (from + 2 + random.nextInt(SECTIONS - 3)) % SECTIONS;
            next.get(to).add(random.nextInt(next.get(to).size() + 1), paragraph);
        }
        return new GeneratedMemorandum(older, document(headings, next), edited, moved);
    }

    /** Every paragraph's text with a blank line between, as a plain word diff compares them. */
    static String text(Document doc) {
        StringBuilder text = new StringBuilder();
        DocumentTexts.of(doc).forEach(t -> text.append(t.text()).append("\n\n"));
        return text.toString();
    }

    private static Document document(List<String> headings, List<List<String[]>> sections) {
        Section[] contents = new Section[sections.size()];
        for (int s = 0; s < sections.size(); s++) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (String[] p : sections.get(s)) {
                paragraphs.add(new Paragraph(p[0], List.of(Span.text(p[1]))));
            }
            contents[s] = new Section("sec_" + (s + 1), null, headings.get(s), paragraphs, List.of());
        }
        return SmallMemorandum.memorandum("Memorandum on Multilateral Security Governance in Northeast Asia", contents);
    }

    private static String prose(Random random, List<String> words, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String word = words.get(random.nextInt(words.size()));
            boolean sentenceStart = i == 0 || text.charAt(text.length() - 2) == '.';
            text.append(sentenceStart ? capitalised(word) : word);
            text.append(i == length - 1 || random.nextInt(15) == 0 ? ". " : random.nextInt(10) == 0 ? ", " : " ");
        }
        return text.toString().strip();
    }

    /** The paragraph with one word replaced, one inserted and one deleted. */
    private static String edit(Random random, List<String> words, String text) {
        List<String> tokens = new ArrayList<>(List.of(text.split(" ")));
        int at = random.nextInt(tokens.size() - 1);
        tokens.set(at, "reconsidered" + tokens.get(at).replaceAll("[\\p{L}]", ""));
        tokens.add(random.nextInt(tokens.size() - 1), words.get(random.nextInt(words.size())));
        tokens.remove(random.nextInt(tokens.size() - 1));
        return String.join(" ", tokens);
    }

    private static int sectionOf(List<List<String[]>> sections, String key) {
        for (int s = 0; s < sections.size(); s++) {
            if (sections.get(s).stream().anyMatch(p -> p[0].equals(key))) {
                return s;
            }
        }
        throw new IllegalStateException(key);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static List<String> vocabulary() {
        try (InputStream in = GeneratedMemorandum.class.getResourceAsStream("/seed/vladivostok-2011.txt")) {
            String seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> words = new LinkedHashSet<>();
            for (String word : seed.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() > 2) {
                    words.add(word);
                }
            }
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
