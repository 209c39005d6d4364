package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.leakcheck.Screening.kinds;
import static plenary.leakcheck.Screening.leaks;
import static plenary.leakcheck.Screening.terms;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A surname that is a common English word leaks when capitalised other than at a sentence start or in title
 * case, or next to a title, its given name, a possessive or a reporting verb; capitalised at a sentence start or in
 * title case with nothing else to tell, it is a place for the keeper to confirm; written in lower case it never
 * leaks.
 */
class CommonWordSurnameTests {

    private final Identity park = Identity.namedSurnameFirst("Park Ji-won");
    private final Identity long_ = Identity.named("Anna Long");
    private final Identity young = Identity.named("Peter Young");
    private final Identity may = Identity.named("Theresa May");

    @Test
    void lowerCaseCommonWordsAreNoLeaks() {
        assertThat(leaks(
                        "They parked near the park, and in the long run young people may become "
                                + "a park ranger for a long time.",
                        park,
                        long_,
                        young,
                        may))
                .isEmpty();
    }

    @Test
    void capitalisedCommonWordAtASentenceStartAloneIsOnlyAPlaceToConfirm() {
        assertThat(leaks(
                        "Long before the talks resumed, nothing moved. Young diplomats disagreed. "
                                + "Park benches were empty. May the talks succeed.",
                        park,
                        long_,
                        young,
                        may))
                .extracting(Leak::term)
                .containsExactly("Long", "Young", "Park", "May");
        assertThat(leaks("Long before the talks resumed. Park benches were empty.", park, long_))
                .allMatch(Leak::needsConfirmation);
    }

    @Test
    void surnameBeforeAReportingVerbLeaks() {
        assertThat(terms("Park argued that the pipeline mattered.", park)).containsExactly("Park");
    }

    @Test
    void surnameBeforeAnAdverbAndAReportingVerbLeaks() {
        assertThat(terms("Park also argued it. Young, however, noted the risk.", park, young))
                .containsExactly("Park", "Young");
    }

    @Test
    void surnameAfterATitleLeaks() {
        assertThat(terms("Ms Park and Mr. Young", park, young)).containsExactly("Ms Park", "Mr. Young");
    }

    @Test
    void surnameWithAPossessiveLeaks() {
        assertThat(terms("Park's paper and Park’s answer", park)).containsExactly("Park", "Park");
    }

    @Test
    void surnameWithItsGivenNameLeaksAsFullName() {
        assertThat(kinds("Park Ji-won and Ji-won Park", park)).containsExactly(LeakKind.FULL_NAME, LeakKind.FULL_NAME);
    }

    @Test
    void capitalisedSurnameMidSentenceLeaks() {
        assertThat(terms("The paper by Park was discussed, as was the view of Long.", park, long_))
                .containsExactly("Park", "Long");
    }

    @Test
    void titleCaseHeadingIsOnlyAPlaceToConfirm() {
        assertThat(leaks("Session 3: The Long Road to Peace and the Young Leaders Forum", long_, young))
                .extracting(Leak::term, Leak::needsConfirmation)
                .containsExactly(Tuple.tuple("Long", true), Tuple.tuple("Young", true));
    }

    @Test
    void titleCaseHeadingStillLeaksWithATitle() {
        assertThat(terms("The Road Ambassador Long Took", long_)).containsExactly("Ambassador Long");
    }

    @Test
    void monthIsNoLeakMidSentence() {
        assertThat(leaks("the second meeting of the Study Group in May. In May, the talks resumed.", may))
                .isEmpty();
    }

    @Test
    void monthNameAsSurnameLeaksWithATitleVerbOrPossessive() {
        assertThat(terms("Mrs May said so. May argued it. May's paper.", may)).containsExactly("Mrs May", "May", "May");
    }

    @Test
    void pronounHeIsNoLeakEvenBeforeAReportingVerb() {
        Identity he = Identity.namedSurnameFirst("He Yafei");
        assertThat(leaks("He argued that the talks were useful. He also noted the risk.", he))
                .isEmpty();
    }

    @Test
    void pronounLikeSurnameLeaksWithATitleOrItsGivenName() {
        Identity he = Identity.namedSurnameFirst("He Yafei");
        assertThat(terms("Dr He and He Yafei", he)).containsExactly("Dr He", "He Yafei");
    }

    @Test
    void articleLikeSurnameIsNoLeakInAnAgreedFramework() {
        Identity an = Identity.namedSurnameFirst("An Jung-ho");
        assertThat(leaks("An agreed framework was proposed. An opinion was expressed.", an))
                .isEmpty();
    }

    @Test
    void capitalisedCommonWordInAllCapitalsHeadingIsOnlyAPlaceToConfirm() {
        assertThat(leaks("THE LONG ROAD", long_))
                .singleElement()
                .satisfies(leak -> assertThat(leak.needsConfirmation()).isTrue());
    }

    @Test
    void fullNameOfCommonWordsLeaksOnlyCapitalised() {
        Identity grace = Identity.named("Grace Park");
        assertThat(leaks("by grace park rangers stayed", grace)).isEmpty();
        assertThat(kinds("as Grace Park put it", grace)).containsExactly(LeakKind.FULL_NAME);
    }

    @Test
    void seedReportPassageLeaksNothingForCommonWordSurnames() {
        String seed = """
                The participants discussed multilateral institution building from an evolving regional
                architecture in East Asia and the Asia-Pacific. An opinion was expressed that the newly
                expanded East Asia Summit may become an "umbrella" forum. She elaborated further her arguments
                that were presented at the second meeting of the Study Group in May. He argued that the
                construction could contribute to confidence-building among the parties concerned.""";
        assertThat(leaks(
                        seed,
                        park,
                        long_,
                        young,
                        may,
                        Identity.namedSurnameFirst("He Yafei"),
                        Identity.named("Hope Lee").labelled("hope")))
                .isEmpty();
    }
}
