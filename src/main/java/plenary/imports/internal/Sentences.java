package plenary.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a block into sentences: after a full stop, question or exclamation mark (and any closing quote or
 * bracket) that a capital follows, with or without the space a PDF's extraction may have lost
 * ("modernization.There was"), but not after a title ("Dr.") or an initial.
 */
final class Sentences {

    private static final Pattern END = Pattern.compile("(?<=[.!?][”\"’)]?)(?:\\s+|(?<=[a-z]{2}\\.))(?=[“\"(]?[A-Z])");
    private static final Set<String> TITLES = Set.of("Dr", "Mr", "Ms", "Mrs", "Prof", "St", "No", "Amb", "Gen", "Col");

    private Sentences() {}

    static List<Passage> of(Passage block) {
        List<Passage> sentences = new ArrayList<>();
        String text = block.text();
        int from = 0;
        Matcher end = END.matcher(text);
        while (end.find()) {
            if (afterTitle(text, end.start())) {
                continue;
            }
            add(block, from, end.start(), sentences);
            from = end.end();
        }
        add(block, from, text.length(), sentences);
        return sentences;
    }

    private static boolean afterTitle(String text, int stop) {
        int dot = text.lastIndexOf('.', stop);
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, Math.max(wordStart, dot));
        return TITLES.contains(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }

    private static void add(Passage block, int from, int to, List<Passage> sentences) {
        String text = block.text();
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            sentences.add(new Passage(block.start() + s, block.start() + e, text.substring(s, e)));
        }
    }
}
