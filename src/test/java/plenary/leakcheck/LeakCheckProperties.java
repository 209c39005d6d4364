package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the leak check over generated identities and texts (QuickTheories, 300 examples each). */
class LeakCheckProperties {

    private static final int EXAMPLES = 300;

    /** Lower-case common words, some of them also surnames, none a reporting verb or an abbreviated title. */
    private static final List<String> NEUTRAL = List.of(
            "the",
            "talks",
            "meeting",
            "participants",
            "security",
            "regional",
            "cooperation",
            "energy",
            "pipeline",
            "summit",
            "framework",
            "issue",
            "of",
            "and",
            "in",
            "on",
            "a",
            "was",
            "were",
            "should",
            "become",
            "long",
            "park",
            "young",
            "may",
            "hope",
            "brown",
            "king",
            "rice",
            "law",
            "bond",
            "song",
            "moon",
            "sun",
            "he",
            "an",
            "no",
            "will",
            "mark",
            "grace",
            "rose",
            "general",
            "president",
            "west",
            "north",
            "power",
            "bush",
            "hall",
            "march",
            "white",
            "little");

    private static final List<String> COMMON_SURNAMES = List.of(
            "Park", "Long", "Young", "May", "Hope", "Brown", "King", "Rice", "Law", "Bond", "Song", "Moon", "Sun", "He",
            "An", "No", "West", "White", "Little");

    private static final List<String> OTHER_SURNAMES = List.of(
            "Ivanov", "Kim", "Nguyễn", "Müller", "Li", "Wang", "O'Brien", "Petrova", "Choi", "Zhang", "Tanaka", "Lee");

    @Test
    void fullNameInsertedIntoNeutralTextAlwaysLeaksWhereItStands() {
        theory().forAll(identities(), neutralWords(), integers().between(0, 1000))
                .checkAssert((identity, words, position) -> {
                    int at = position % (words.size() + 1);
                    String before = String.join(" ", words.subList(0, at));
                    String prefix = before.isEmpty() ? "" : before + " ";
                    String text =
                            prefix + identity.fullName() + " " + String.join(" ", words.subList(at, words.size()));
                    int offset = prefix.length();

                    List<Leak> leaks = LeakCheck.against(List.of(identity)).check(new Passage("p", text));

                    assertThat(leaks).anySatisfy(leak -> {
                        assertThat(leak.start()).isLessThanOrEqualTo(offset);
                        assertThat(leak.end())
                                .isGreaterThanOrEqualTo(
                                        offset + identity.fullName().length());
                    });
                });
    }

    @Test
    void sentencesOfCommonWordsLeakCommonWordNamesAtMostAsPlacesToConfirm() {
        theory().forAll(commonWordIdentities(), sentences())
                .checkAssert((identities, text) -> assertThat(
                                LeakCheck.against(identities).check(new Passage("p", text)))
                        .allMatch(Leak::needsConfirmation));
    }

    @Test
    void everyLeakPointsAtItsTermAndNoneOverlap() {
        theory().forAll(identities(), mixedText()).checkAssert((identity, text) -> {
            List<Leak> leaks = LeakCheck.against(List.of(identity)).check(new Passage("p", text));

            for (int i = 0; i < leaks.size(); i++) {
                Leak leak = leaks.get(i);
                assertThat(text.substring(leak.start(), leak.end())).isEqualTo(leak.term());
                if (i > 0) {
                    assertThat(leak.start())
                            .isGreaterThanOrEqualTo(leaks.get(i - 1).end());
                }
            }
        });
    }

    @Test
    void normalisationFormDoesNotChangeWhatLeaks() {
        theory().forAll(identities(), mixedText()).checkAssert((identity, text) -> {
            LeakScreen screen = LeakCheck.against(List.of(identity));
            List<LeakKind> composed =
                    screen.check(new Passage("p", Normalizer.normalize(text, Normalizer.Form.NFC))).stream()
                            .map(Leak::kind)
                            .toList();
            List<LeakKind> decomposed =
                    screen.check(new Passage("p", Normalizer.normalize(text, Normalizer.Form.NFD))).stream()
                            .map(Leak::kind)
                            .toList();
            assertThat(decomposed).isEqualTo(composed);
        });
    }

    private static QuickTheory theory() {
        return qt().withExamples(EXAMPLES);
    }

    private static Gen<Identity> identities() {
        Gen<String> invented = strings()
                .betweenCodePoints('a', 'z')
                .ofLengthBetween(4, 9)
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1));
        Gen<String> given = Generate.oneOf(
                invented,
                Generate.pick(List.of("Sergei", "Ji-won", "Min-jun", "Grace", "Thành", "Wei", "Anna", "Hope")));
        Gen<String> surname = Generate.oneOf(invented, Generate.pick(COMMON_SURNAMES), Generate.pick(OTHER_SURNAMES));
        return given.zip(
                surname,
                Generate.booleans(),
                (g, s, first) -> first ? Identity.namedSurnameFirst(s + " " + g) : Identity.named(g + " " + s));
    }

    private static Gen<List<Identity>> commonWordIdentities() {
        Gen<String> given = Generate.pick(List.of("Grace", "Hope", "Mark", "Ji-won", "Min-jun", "Xiaoming"));
        Gen<Identity> identity = given.zip(
                Generate.pick(COMMON_SURNAMES),
                Generate.booleans(),
                (g, s, first) -> first ? Identity.namedSurnameFirst(s + " " + g) : Identity.named(g + " " + s));
        return lists().of(identity).ofSizeBetween(1, 6);
    }

    private static Gen<List<String>> neutralWords() {
        return lists().of(Generate.pick(NEUTRAL)).ofSizeBetween(0, 30);
    }

    private static Gen<String> sentences() {
        Gen<String> sentence = lists().of(Generate.pick(NEUTRAL))
                .ofSizeBetween(1, 12)
                .map(words -> {
                    String joined = String.join(" ", words);
                    return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
                });
        return lists().of(sentence)
                .ofSizeBetween(1, 6)
                .zip(Generate.pick(List.of(" ", "\n", "\n\n")), (all, gap) -> String.join(gap, all));
    }

    private static Gen<String> mixedText() {
        Gen<String> piece = Generate.oneOf(
                Generate.pick(NEUTRAL),
                Generate.pick(COMMON_SURNAMES),
                Generate.pick(OTHER_SURNAMES),
                Generate.pick(List.of(
                        "Sergei", "Ji-won", "Thành", "Dr.", "Ms", "argued", "'s", "’s", ".", ",", "\n", "-\n", "«", "»",
                        "“", "”", "\u00A0", "@", "x@y.org", "Ｋｉｍ")));
        return lists().of(piece).ofSizeBetween(0, 40).map(pieces -> {
            List<String> spaced = new ArrayList<>();
            pieces.forEach(p -> spaced.add(p.length() > 2 ? p + " " : p));
            return String.join("", spaced);
        });
    }
}
