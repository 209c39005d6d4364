package plenary.leakcheck.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import plenary.leakcheck.LeakKind;

/**
 * The terms to search for, indexed by their first word (Cyrillic words by each of their stems), by the romanisation
 * keys of their first word and, for terms in Han, Hangul or kana, by their first character.
 */
public final class Terms {

    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final Map<Character, List<Term>> byFirstCharacter = new HashMap<>();
    private final Map<String, List<Term>> byFirstKey = new HashMap<>();
    private final List<Term> oneWord = new ArrayList<>();
    private final Set<String> known = new HashSet<>();

    /** Adds a term whose initials and common words are the ones to be capitalised if it requires so. */
    public void addWords(List<String> words, LeakKind kind, int person, Requirement requirement) {
        int capitals = 0;
        for (int i = 0; i < words.size() && i < Integer.SIZE; i++) {
            capitals |= words.get(i).length() == 1 || CommonWords.isCommon(words.get(i)) ? 1 << i : 0;
        }
        addWords(words, kind, person, requirement, capitals);
    }

    /** Adds a term; {@code capitals} has a bit set for each word that must be capitalised if it requires so. */
    void addWords(List<String> words, LeakKind kind, int person, Requirement requirement, int capitals) {
        if (words.isEmpty() || !known.add(words + "|" + kind + "|" + person)) {
            return;
        }
        List<Set<String>> keys =
                words.stream().map(word -> Romanisation.keys(word, true)).toList();
        Term term = new Term(words, kind, person, requirement, capitals, keys);
        for (String stem : Inflections.stems(term.first())) {
            byFirstWord.computeIfAbsent(stem, key -> new ArrayList<>()).add(term);
        }
        for (String key : keys.get(0)) {
            byFirstKey.computeIfAbsent(key, k -> new ArrayList<>()).add(term);
        }
        if (words.size() == 1 && term.first().length() >= 4) {
            oneWord.add(term);
        }
    }

    /** A term written in characters without spaces between words; shorter than two characters it is too vague. */
    public void addCharacters(String characters, LeakKind kind, int person) {
        String compact = characters
                .codePoints()
                .filter(cp -> !CharacterFolding.isSpace(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (compact.codePointCount(0, compact.length()) < 2 || !known.add(compact + "|" + kind + "|" + person)) {
            return;
        }
        Term term = new Term(List.of(compact), kind, person, Requirement.ANYHOW, 0, List.of());
        byFirstCharacter
                .computeIfAbsent(compact.charAt(0), key -> new ArrayList<>())
                .add(term);
    }

    List<Term> startingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
    }

    /** The terms whose first word has this romanisation key ({@link Romanisation}). */
    List<Term> startingWithKey(String key) {
        return byFirstKey.getOrDefault(key, List.of());
    }

    /** The terms of one word of four letters or more. */
    List<Term> oneWord() {
        return oneWord;
    }

    List<Term> startingWithCharacter(char c) {
        return byFirstCharacter.getOrDefault(c, List.of());
    }

    public boolean isEmpty() {
        return byFirstWord.isEmpty() && byFirstCharacter.isEmpty();
    }

    boolean hasCharacterTerms() {
        return !byFirstCharacter.isEmpty();
    }
}
