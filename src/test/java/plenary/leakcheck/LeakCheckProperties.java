package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class LeakCheckProperties {

    /** Lower-case common words, some of them also surnames, none a reporting verb or an abbreviated title. */
    private static final List<String> NEUTRAL = List.of("the", "talks", "meeting", "participants", "security",
            "regional", "cooperation", "energy", "pipeline", "summit", "framework", "issue", "of", "and", "in",
            "on", "a", "was", "were", "should", "become", "long", "park", "young", "may", "hope", "brown", "king",
            "rice", "law", "bond", "song", "moon", "sun", "he", "an", "no", "will", "mark", "grace", "rose",
            "general", "president", "west", "north", "power", "bush", "hall", "march", "white", "little");

    private static final List<String> COMMON_SURNAMES = List.of("Park", "Long", "Young", "May", "Hope", "Brown",
            "King", "Rice", "Law", "Bond", "Song", "Moon", "Sun", "He", "An", "No", "West", "White", "Little");

    private static final List<String> OTHER_SURNAMES = List.of("Ivanov", "Kim", "Nguyễn", "Müller", "Li", "Wang",
            "O'Brien", "Petrova", "Choi", "Zhang", "Tanaka", "Lee");

    @Property(tries = 300)
    void fullNameInsertedIntoNeutralTextAlwaysLeaksWhereItStands(@ForAll("identities") Identity identity,
            @ForAll("neutralWords") List<String> words, @ForAll @IntRange(max = 1000) int position) {
        int at = position % (words.size() + 1);
        String before = String.join(" ", words.subList(0, at));
        String prefix = before.isEmpty() ? "" : before + " ";
        String text = prefix + identity.fullName() + " " + String.join(" ", words.subList(at, words.size()));
        int offset = prefix.length();

        List<Leak> leaks = LeakCheck.against(List.of(identity)).check(new Passage("p", text));

        assertThat(leaks).anySatisfy(leak -> {
            assertThat(leak.start()).isLessThanOrEqualTo(offset);
            assertThat(leak.end()).isGreaterThanOrEqualTo(offset + identity.fullName().length());
        });
    }

    @Property(tries = 300)
    void sentencesOfCommonWordsNeverLeakCommonWordNames(@ForAll("commonWordIdentities") List<Identity> identities,
            @ForAll("sentences") String text) {
        assertThat(LeakCheck.against(identities).check(new Passage("p", text))).isEmpty();
    }

    @Property(tries = 300)
    void everyLeakPointsAtItsTermAndNoneOverlap(@ForAll("identities") Identity identity,
            @ForAll("mixedText") String text) {
        List<Leak> leaks = LeakCheck.against(List.of(identity)).check(new Passage("p", text));

        for (int i = 0; i < leaks.size(); i++) {
            Leak leak = leaks.get(i);
            assertThat(text.substring(leak.start(), leak.end())).isEqualTo(leak.term());
            if (i > 0) {
                assertThat(leak.start()).isGreaterThanOrEqualTo(leaks.get(i - 1).end());
            }
        }
    }

    @Property(tries = 300)
    void normalisationFormDoesNotChangeWhatLeaks(@ForAll("identities") Identity identity,
            @ForAll("mixedText") String text) {
        LeakScreen screen = LeakCheck.against(List.of(identity));
        List<LeakKind> composed = screen.check(new Passage("p", Normalizer.normalize(text, Normalizer.Form.NFC)))
                .stream().map(Leak::kind).toList();
        List<LeakKind> decomposed = screen.check(new Passage("p", Normalizer.normalize(text, Normalizer.Form.NFD)))
                .stream().map(Leak::kind).toList();
        assertThat(decomposed).isEqualTo(composed);
    }

    @Provide
    Arbitrary<Identity> identities() {
        Arbitrary<String> invented = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(9)
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1));
        Arbitrary<String> given = Arbitraries.oneOf(invented,
                Arbitraries.of("Sergei", "Ji-won", "Min-jun", "Grace", "Thành", "Wei", "Anna", "Hope"));
        Arbitrary<String> surname = Arbitraries.oneOf(invented, Arbitraries.of(COMMON_SURNAMES),
                Arbitraries.of(OTHER_SURNAMES));
        return Combinators.combine(given, surname, Arbitraries.of(true, false)).as((g, s, first) -> first
                ? Identity.namedSurnameFirst(s + " " + g) : Identity.named(g + " " + s));
    }

    @Provide
    Arbitrary<List<Identity>> commonWordIdentities() {
        Arbitrary<String> given = Arbitraries.of("Grace", "Hope", "Mark", "Ji-won", "Min-jun", "Xiaoming");
        return Combinators.combine(given, Arbitraries.of(COMMON_SURNAMES), Arbitraries.of(true, false))
                .as((g, s, first) -> first ? Identity.namedSurnameFirst(s + " " + g) : Identity.named(g + " " + s))
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<String>> neutralWords() {
        return Arbitraries.of(NEUTRAL).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> sentence = Arbitraries.of(NEUTRAL).list().ofMinSize(1).ofMaxSize(12)
                .map(words -> {
                    String joined = String.join(" ", words);
                    return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
                });
        return Combinators.combine(sentence.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(" ", "\n", "\n\n"))
                .as((all, gap) -> String.join(gap, all));
    }

    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(NEUTRAL), Arbitraries.of(COMMON_SURNAMES),
                Arbitraries.of(OTHER_SURNAMES), Arbitraries.of("Sergei", "Ji-won", "Thành", "Dr.", "Ms", "argued",
                        "'s", "’s", ".", ",", "\n", "-\n", "«", "»", "“", "”", "\u00A0", "@", "x@y.org", "Ｋｉｍ"));
        return piece.list().ofMaxSize(40).map(pieces -> {
            List<String> spaced = new ArrayList<>();
            pieces.forEach(p -> spaced.add(p.length() > 2 ? p + " " : p));
            return String.join("", spaced);
        });
    }
}
