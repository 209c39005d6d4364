package plenary.leakcheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.leakcheck.Identity;
import plenary.leakcheck.LeakKind;

/**
 * The terms that name one person: each name form as a whole in either order, with each given name and the
 * surname; the surname alone (also the core of "van der Berg" and each part of "Ivanov-Petrov"); given names
 * alone when distinctive. A form in Han, Hangul or kana is searched for whole, as characters.
 */
public final class NameTerms {

    private static final int MOST_SPELLINGS = 64;

    private final Terms terms;
    private final int person;
    private final boolean surnameFirst;
    private final NameWords nameWords;

    public NameTerms(Terms terms, int person, Identity identity, NameWords nameWords) {
        this.terms = terms;
        this.person = person;
        this.surnameFirst = identity.surnameFirst();
        this.nameWords = nameWords;
        List<String> entries = new ArrayList<>(List.of(identity.fullName()));
        entries.addAll(identity.otherNames());
        entries.stream().flatMap(entry -> Spellings.forms(entry).stream()).forEach(this::addForm);
    }

    private void addForm(String form) {
        if (Spellings.hasCjk(form)) {
            terms.addCharacters(FoldedText.of(form).folded(), LeakKind.FULL_NAME, person);
            return;
        }
        List<String> words = Spellings.nameWords(form);
        if (words.isEmpty()) {
            // A name of punctuation or invisible characters only ("-"): no text can name the person by it.
            return;
        }
        if (words.size() == 1) {
            addSurname(words);
            return;
        }
        int surnameStart = surnameFirst ? 0 : particlesBefore(words, words.size() - 1);
        int surnameEnd = surnameFirst ? 1 : words.size();
        List<String> surname = words.subList(surnameStart, surnameEnd);
        List<String> given = new ArrayList<>(words);
        given.subList(surnameStart, surnameEnd).clear();
        if (surnameFirst) {
            given = List.of(String.join(" ", given));
        }
        addFullNames(words, surname, given);
        addInHangul(surname, given);
        addSurname(surname);
        given.stream().filter(word -> !initial(word)).forEach(this::addGivenName);
    }

    private static int particlesBefore(List<String> words, int last) {
        int start = last;
        while (start > 1 && Vocabulary.isSurnameParticle(String.join("", Spellings.words(words.get(start - 1))))) {
            start--;
        }
        return start;
    }

    private void addFullNames(List<String> written, List<String> surname, List<String> given) {
        add(written, LeakKind.FULL_NAME, null);
        add(concat(given, surname), LeakKind.FULL_NAME, null);
        add(concat(surname, given), LeakKind.FULL_NAME, null);
        List<String> named = given.stream().filter(word -> !initial(word)).toList();
        if (named.size() > 1 && named.size() == given.size()) {
            // Two given names together name the person without the family name ("Faith Grace", "Sergei Petrovich").
            add(given, LeakKind.GIVEN_NAME, Requirement.NAME_CAPITALS);
        }
        if (named.size() > 1) {
            for (String one : named) {
                add(concat(List.of(one), surname), LeakKind.FULL_NAME, null);
                add(concat(surname, List.of(one)), LeakKind.FULL_NAME, null);
            }
        }
        addInitials(surname, given);
    }

    /**
     * A name in Latin letters as Korean writes it in Hangul, surname first and as one word ("Ryu Jae-won" and
     * "Jae-won Ryu" as 류재원), ICU's Latin-Hangul deciding the syllables; also given name first.
     */
    private void addInHangul(List<String> surname, List<String> given) {
        if (given.isEmpty() || given.stream().anyMatch(NameTerms::initial)) {
            return;
        }
        String family = Romanisation.hangul(String.join(" ", surname));
        String personal = Romanisation.hangul(String.join(" ", given));
        if (family == null || personal == null) {
            return;
        }
        terms.addCharacters(syllables(family + personal), LeakKind.FULL_NAME, person);
        terms.addCharacters(syllables(personal + family), LeakKind.FULL_NAME, person);
    }

    private static String syllables(String hangul) {
        return FoldedText.of(hangul)
                .folded()
                .codePoints()
                .filter(CharacterFolding::isCjk)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** "S. Ivanov", "S.P. Ivanov", "Sergei P. Ivanov", "M.J. Kim", "Kim M.J.": initials written with a capital. */
    private void addInitials(List<String> surname, List<String> given) {
        List<String> initials = given.stream()
                .flatMap(word -> Spellings.words(word).stream())
                .map(word -> word.substring(0, 1))
                .toList();
        if (initials.isEmpty()) {
            return;
        }
        add(concat(initials, surname), LeakKind.FULL_NAME, null);
        add(concat(initials.subList(0, 1), surname), LeakKind.FULL_NAME, null);
        if (surnameFirst) {
            add(concat(surname, initials), LeakKind.FULL_NAME, null);
        } else if (given.size() > 1) {
            List<String> first = List.of(given.get(0));
            add(concat(first, concat(initials.subList(1, initials.size()), surname)), LeakKind.FULL_NAME, null);
        }
    }

    private void addSurname(List<String> surname) {
        add(surname, LeakKind.SURNAME, null);
        String core = surname.get(surname.size() - 1);
        add(List.of(core), LeakKind.SURNAME, null);
        List<String> parts = Spellings.words(core);
        if (parts.size() > 1) {
            parts.stream().filter(part -> part.length() >= 3).forEach(part -> addOneWord(part, LeakKind.SURNAME));
        }
    }

    /** A given name leaks alone when it is three letters or more and no common English word ("Sergei", "Min-jun"). */
    private void addGivenName(String given) {
        for (List<String> spelling : Spellings.of(given)) {
            String whole = String.join("", spelling);
            if (whole.length() >= 3 && !CommonWords.isCommon(whole)) {
                terms.addWords(spelling, LeakKind.GIVEN_NAME, person, Requirement.CAPITALISED);
                nameWords.addDistinctive(whole);
            }
        }
    }

    /**
     * Adds each spelling of the written words; without a requirement, a single word decides by itself and
     * several need their initials and common words capitalised.
     */
    private void add(List<String> written, LeakKind kind, @Nullable Requirement requirement) {
        List<Spelt> spelt = List.of(new Spelt(List.of(), 0));
        for (String word : written) {
            boolean telling = initial(word) || CommonWords.isCommon(String.join("", Spellings.words(word)));
            Set<List<String>> spellings = Spellings.of(word);
            List<Spelt> longer = new ArrayList<>();
            for (Spelt start : spelt) {
                for (List<String> spelling : spellings) {
                    if (longer.size() < MOST_SPELLINGS) {
                        longer.add(start.then(spelling, telling));
                    }
                }
            }
            spelt = longer;
        }
        for (Spelt one : spelt) {
            nameWords.addAll(one.words());
            if (one.words().size() == 1 && requirement == null) {
                addOneWord(one.words().get(0), kind);
            } else {
                Requirement needed = requirement != null ? requirement : Requirement.NAME_CAPITALS;
                terms.addWords(one.words(), kind, person, needed, one.capitals());
            }
        }
    }

    /** Folded words, and (as bits by position) those that must be capitalised: initials and common words. */
    private record Spelt(List<String> words, int capitals) {

        Spelt then(List<String> more, boolean telling) {
            int bit = telling && words.size() < Integer.SIZE ? 1 << words.size() : 0;
            return new Spelt(concat(words, more), capitals | bit);
        }
    }

    private void addOneWord(String word, LeakKind kind) {
        List<String> words = List.of(word);
        nameWords.addAll(words);
        if (word.length() < 2) {
            return;
        }
        if (CommonWords.isCommon(word)) {
            terms.addWords(words, kind, person, Requirement.COMMON_WORD);
        } else {
            terms.addWords(words, kind, person, word.length() == 2 ? Requirement.SHORT_NAME : Requirement.ANYHOW);
            nameWords.addDistinctive(word);
        }
    }

    private static boolean initial(String word) {
        return String.join("", Spellings.words(word)).length() <= 1;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
