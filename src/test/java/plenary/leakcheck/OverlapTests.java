package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.leakcheck.Screening.kinds;
import static plenary.leakcheck.Screening.leaks;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each occurrence leaks once, as its most specific term, naming everyone it identifies. */
class OverlapTests {

    private final Identity ivanov = Identity.named("Sergei Ivanov").affiliatedWith("IMEMO");

    @Test
    void everyOccurrenceIsReported() {
        assertThat(leaks("Ivanov, then Ivanov, then Ivanov again", ivanov))
                .extracting(Leak::start)
                .containsExactly(0, 13, 26);
    }

    @Test
    void fullNameAndItsPartsAtOnePlaceAreOneLeak() {
        assertThat(kinds("Dr Sergei Ivanov", ivanov)).containsExactly(LeakKind.TITLED_NAME);
    }

    @Test
    void sharedSurnameIsOneLeakNamingBothPeople() {
        Identity minjun = Identity.namedSurnameFirst("Kim Min-jun");
        Identity jiwoo = Identity.namedSurnameFirst("Kim Ji-woo");
        assertThat(leaks("Kim argued.", minjun, jiwoo))
                .singleElement()
                .satisfies(leak -> assertThat(leak.people()).containsExactly("Kim Min-jun", "Kim Ji-woo"));
    }

    @Test
    void fullNameOfOnePersonHidesTheSurnameOfAnother() {
        Identity minjun = Identity.namedSurnameFirst("Kim Min-jun");
        Identity jiwoo = Identity.namedSurnameFirst("Kim Ji-woo");
        assertThat(leaks("Kim Min-jun argued.", minjun, jiwoo))
                .singleElement()
                .satisfies(leak -> assertThat(leak.people()).containsExactly("Kim Min-jun"));
    }

    @Test
    void labelsNameThePeopleNotTheirNames() {
        Identity labelled = Identity.named("Sergei Ivanov").labelled("participant 7 (IMEMO)");
        assertThat(leaks("Ivanov", labelled))
                .singleElement()
                .satisfies(leak -> assertThat(leak.people()).containsExactly("participant 7 (IMEMO)"));
    }

    @Test
    void labelIsNeverSearchedFor() {
        assertThat(leaks("Sasha", Identity.named("Sergei Ivanov").labelled("Sasha")))
                .isEmpty();
    }

    @Test
    void leaksKeepThePassageLocationAndAnExcerpt() {
        String text = "The meeting was divided into three sessions, and in the first one Ivanov reviewed the "
                + "strategies of both Koreas under the framework of the concert.";
        Leak leak = LeakCheck.against(List.of(ivanov))
                .check(new Passage("Session 2, paragraph 3", text))
                .get(0);
        assertThat(leak.location()).isEqualTo("Session 2, paragraph 3");
        assertThat(leak.excerpt())
                .contains("Ivanov")
                .startsWith("…")
                .endsWith("…")
                .hasSizeLessThan(90);
        assertThat(text.substring(leak.start(), leak.end())).isEqualTo(leak.term());
    }

    @Test
    void passagesAreReportedInTheirOrder() {
        List<Leak> leaks = new LeakCheck()
                .check(
                        List.of(ivanov),
                        List.of(
                                new Passage("Title", "IMEMO views"),
                                new Passage("Summary", "no names here"),
                                new Passage("Session 1", "Ivanov and IMEMO")));
        assertThat(leaks).extracting(Leak::location).containsExactly("Title", "Session 1", "Session 1");
        assertThat(leaks)
                .extracting(Leak::kind)
                .containsExactly(LeakKind.AFFILIATION, LeakKind.SURNAME, LeakKind.AFFILIATION);
    }

    @Test
    void cleanPassagesYieldNoLeaks() {
        assertThat(
                        new LeakCheck()
                                .check(
                                        List.of(ivanov),
                                        List.of(
                                                new Passage(
                                                        "Summary",
                                                        "One participant argued that the Six Party Talks should be embedded into the East Asia Summit."))))
                .isEmpty();
    }
}
