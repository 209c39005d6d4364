package plenary.leakcheck.internal;

import java.util.List;
import plenary.leakcheck.LeakKind;

/**
 * The terms of a person's affiliations: each written form whole, without a leading "the"; an acronym that
 * might also be a word ("RAND", "IDEAS") only when written in capitals, two common words ("Policy Institute")
 * only when capitalised, three words or more in any case; and its distinctive part before the kind of institution
 * ("the Primorye Institute").
 */
public final class AffiliationTerms {

    private AffiliationTerms() {}

    public static void add(Terms terms, int person, List<String> affiliations) {
        for (String entry : affiliations) {
            for (String form : Spellings.forms(entry)) {
                add(terms, person, form.replaceFirst("(?i)^the\\s+", ""));
            }
        }
    }

    private static void add(Terms terms, int person, String form) {
        if (Spellings.hasCjk(form)) {
            terms.addCharacters(FoldedText.of(form).folded(), LeakKind.AFFILIATION, person);
            return;
        }
        List<String> words = Spellings.words(form);
        if (words.isEmpty() || words.size() == 1 && words.get(0).length() < 2) {
            return;
        }
        terms.addWords(words, LeakKind.AFFILIATION, person, requirement(form, words));
        addDistinctivePart(terms, person, words);
    }

    /**
     * The words up to the kind of institution, when some are distinctive and more words follow: "Primorye Institute"
     * of "Primorye Institute of Asia-Pacific Studies", "Beijing Academy" of "Beijing Academy of Social Sciences";
     * written with capitals.
     */
    private static void addDistinctivePart(Terms terms, int person, List<String> words) {
        for (int i = 1; i < words.size() - 1; i++) {
            if (Vocabulary.isInstitution(words.get(i))) {
                List<String> part = words.subList(0, i + 1);
                if (part.stream().anyMatch(word -> word.length() >= 3 && !CommonWords.isCommon(word))) {
                    terms.addWords(part, LeakKind.AFFILIATION, person, Requirement.NAME_CAPITALS);
                }
                return;
            }
        }
    }

    private static Requirement requirement(String form, List<String> words) {
        if (words.size() > 2) {
            return Requirement.ANYHOW;
        }
        if (words.size() == 2) {
            return words.stream().allMatch(CommonWords::isCommon) ? Requirement.NAME_CAPITALS : Requirement.ANYHOW;
        }
        boolean acronym = form.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (acronym) {
            return Requirement.IN_CAPITALS;
        }
        return CommonWords.isCommon(words.get(0)) ? Requirement.COMMON_WORD : Requirement.ANYHOW;
    }
}
