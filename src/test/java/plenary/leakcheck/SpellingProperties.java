package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A name in any of its spellings, scripts, cases and inflections, disguised or not, inside any sentence is found where
 * it stands; the sentences of the seed's report, which name no one, stay clean against the demo's cast and against
 * people whose surnames are common words (QuickTheories, 400 examples each). Every spelling below is written by hand.
 */
class SpellingProperties {

    private static final int EXAMPLES = 400;

    /** A person as stored, and the ways a text may write them. */
    private record Person(Identity identity, List<String> spellings) {}

    private static final List<Person> PEOPLE = List.of(
            new Person(
                    Identity.named("Stanislav Beloretsky"),
                    List.of(
                            "Beloretsky",
                            "Beloretskiy",
                            "Beloretskii",
                            "Белорецкий",
                            "Белорецкого",
                            "Белорецкому",
                            "Белорецким",
                            "\u0412eloretsky",
                            "B e l o r e t s k y",
                            "B3loretsky",
                            "Belo-retsky",
                            "Stanislav Beloretsky",
                            "Станислав Белорецкий",
                            "S. Beloretsky",
                            "Beloretsky's")),
            new Person(
                    Identity.named("Сергей Иванов"),
                    List.of(
                            "Ivanov",
                            "Sergei Ivanov",
                            "Sergey Ivanov",
                            "Иванов",
                            "Иванова",
                            "Иванову",
                            "Сергея Иванова",
                            "Ivan0v")),
            new Person(
                    Identity.namedSurnameFirst("Ryu Jae-won"),
                    List.of("Ryu Jae-won", "Jae-won Ryu", "Ryu Jaewon", "류재원", "Dr Ryu", "Jae-won")),
            new Person(
                    Identity.named("Hiroshi Ōtsuka"),
                    List.of("Otsuka", "Ōtsuka", "Ohtsuka", "Ootsuka", "Hiroshi Ohtsuka", "Otsuka Hiroshi")),
            new Person(
                    Identity.named("Graham Thistlewood"),
                    List.of(
                            "Thistlewood",
                            "Thistle-wood",
                            "Graham Thistlewood",
                            "T h i s t l e w o o d",
                            "Th1stlewood")));

    /** Sentences of the seed's genre, each with one place for a name. */
    private static final List<String> SENTENCES = List.of(
            "%s argued that the construction could contribute to confidence-building.",
            "The paper by %s was discussed at length.",
            "According to %s, the talks would resume in the spring.",
            "An opinion was expressed, citing %s, that the forum may become an umbrella.",
            "It was %s who presented the pipeline project.",
            "(%s) elaborated further the arguments presented at the second meeting.",
            "The Co-Chairs thanked %s for the excellent conference arrangements.");

    @Test
    void aNameInAnySpellingCaseOrScriptInsideAnySentenceIsFoundWhereItStands() {
        qt().withExamples(EXAMPLES)
                .forAll(Generate.pick(PEOPLE), integers().between(0, 1000), Generate.pick(SENTENCES), cases())
                .checkAssert((person, which, sentence, writeCase) -> {
                    String spelling = writeCase.apply(
                            person.spellings().get(which % person.spellings().size()));
                    String text = sentence.formatted(spelling);
                    int at = sentence.indexOf("%s");

                    List<Leak> leaks =
                            LeakCheck.against(List.of(person.identity())).check(new Passage("p", text));

                    assertThat(leaks).as("%s in: %s", spelling, text).anySatisfy(leak -> {
                        assertThat(leak.start()).isLessThan(at + spelling.length());
                        assertThat(leak.end()).isGreaterThan(at);
                        assertThat(leak.certain()).isTrue();
                    });
                });
    }

    @Test
    void aSurnameReversedBehindARightToLeftOverrideIsFound() {
        qt().withExamples(EXAMPLES)
                .forAll(Generate.pick(PEOPLE), Generate.pick(SENTENCES))
                .checkAssert((person, sentence) -> {
                    String surname = person.spellings().get(0);
                    String reversed = new StringBuilder(surname).reverse().toString();
                    String text = sentence.formatted("\u202E" + reversed + "\u202C");

                    assertThat(LeakCheck.against(List.of(person.identity())).check(new Passage("p", text)))
                            .as(text)
                            .isNotEmpty();
                });
    }

    @Test
    void theSeedReportsSentencesStayCleanAgainstTheDemoCast() {
        List<String> sentences = seedSentences();
        List<Identity> cast = demoCast();
        qt().withExamples(EXAMPLES)
                .forAll(lists().of(integers().between(0, sentences.size() - 1)).ofSizeBetween(1, 8))
                .checkAssert(picked -> {
                    String text =
                            String.join(" ", picked.stream().map(sentences::get).toList());
                    assertThat(LeakCheck.against(cast).check(new Passage("p", text)))
                            .as(text)
                            .isEmpty();
                });
    }

    @Test
    void theSeedReportsSentencesNeverLeakCommonWordSurnamesCertainly() {
        List<String> sentences = seedSentences();
        List<Identity> common = Arrays.stream(new String[] {
                    "Anna Long", "Peter Young", "Theresa May", "Daniel Park", "Grace Hope", "Olga Law", "Chen Song"
                })
                .map(Identity::named)
                .toList();
        qt().withExamples(EXAMPLES)
                .forAll(lists().of(integers().between(0, sentences.size() - 1)).ofSizeBetween(1, 8))
                .checkAssert(picked -> {
                    String text =
                            String.join(" ", picked.stream().map(sentences::get).toList());
                    assertThat(LeakCheck.against(common).check(new Passage("p", text)))
                            .as(text)
                            .allMatch(Leak::needsConfirmation);
                });
    }

    /** As written, in capitals, and with the first letter alone capitalised. */
    private static Gen<java.util.function.UnaryOperator<String>> cases() {
        return Generate.pick(List.of(
                written -> written,
                written -> written.toUpperCase(Locale.ROOT),
                written -> written.isEmpty()
                        ? written
                        : written.substring(0, 1).toUpperCase(Locale.ROOT)
                                + written.substring(1).toLowerCase(Locale.ROOT)));
    }

    private static final List<String> CHINESE = List.of("Lan Qiaoxin", "Zhou Mingyuan", "Wen Shuyao");

    /** The demo's cast as the report's screening sees it: name (surname first for China), affiliation, address. */
    private static List<Identity> demoCast() {
        String[][] cast = {
            {"Ha-eun Seol", "Hanbit Institute for Regional Affairs"},
            {"Martin Quillfeather", "Lakeshore Centre for Pacific Studies"},
            {"Elin Marsh-Tanaka", "Tsukimi Policy Forum"},
            {"Jae-won Ryu", "Namsan Centre for Strategy"},
            {"Lan Qiaoxin", "Xiangshan Academy of International Studies"},
            {"Graham Thistlewood", "Potomac Ridge Institute"},
            {"Kenta Oyamada", "Hakone Institute of Security Studies"},
            {"Dale Wrenfield", "Cascadia Foreign Policy Council"},
            {"Mirei Asakawa", "Kitakaze Energy Research Centre"},
            {"Stanislav Beloretsky", "Primorye Institute of Asia-Pacific Studies"},
            {"Zhou Mingyuan", "Jinling Centre for Regional Security"},
            {"Do-hyun Baekseol", "Gwanak Forum for Northeast Asia"},
            {"Fiona Kerrigan-Lowe", "Southern Cross Strategic Centre"},
            {"Yelena Zarechnaya", "Far Eastern Institute of International Relations"},
            {"Pavel Kedrovsky", "Amur Centre for Northeast Asian Studies"},
            {"Wen Shuyao", "Xiangshan Academy of International Studies"},
            {"Rachel Tan Wei-ling", "Marina Institute of Regional Studies"},
            {"Seung-ho Namgoong", "Hanbit Institute for Regional Affairs"},
            {"Sayaka Tominaga", "Aoba Institute of International Affairs"},
        };
        List<Identity> identities = new ArrayList<>();
        for (String[] person : cast) {
            String address = person[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@example.org";
            Identity identity =
                    CHINESE.contains(person[0]) ? Identity.namedSurnameFirst(person[0]) : Identity.named(person[0]);
            identities.add(identity.affiliatedWith(person[1]).reachableAt(address));
        }
        return identities;
    }

    private static List<String> seedSentences() {
        try (InputStream in = SpellingProperties.class.getResourceAsStream("/reports/vladivostok.golden.md")) {
            String golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(golden.split("(?<=[.!?])\\s+|\\n+"))
                    .map(String::strip)
                    .filter(sentence -> sentence.length() > 20 && !sentence.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
