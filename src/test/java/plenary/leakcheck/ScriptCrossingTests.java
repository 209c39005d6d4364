package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.leakcheck.Screening.kinds;
import static plenary.leakcheck.Screening.leaks;
import static plenary.leakcheck.Screening.terms;

import org.junit.jupiter.api.Test;

/**
 * A name stored in one script leaks written in another (ICU's transliterators), and in the other romanisations of
 * the same name: "Ivanov" for a person stored as Иванов, "Белорецкий" for Beloretsky, "류재원" for Ryu Jae-won.
 */
class ScriptCrossingTests {

    private final Identity ivanovInCyrillic = Identity.named("Сергей Иванов");
    private final Identity beloretsky = Identity.named("Stanislav Beloretsky");
    private final Identity ryu = Identity.named("Jae-won Ryu");
    private final Identity otsuka = Identity.named("Hiroshi Ōtsuka");

    @Test
    void personStoredInCyrillicLeaksInLatinLetters() {
        assertThat(terms("The paper by Ivanov was discussed.", ivanovInCyrillic))
                .containsExactly("Ivanov");
        assertThat(kinds("Sergei Ivanov argued that the pipeline mattered.", ivanovInCyrillic))
                .containsExactly(LeakKind.FULL_NAME);
        assertThat(kinds("Sergey Ivanov argued so too.", ivanovInCyrillic)).containsExactly(LeakKind.FULL_NAME);
    }

    @Test
    void personStoredInLatinLettersLeaksInCyrillic() {
        assertThat(terms("Доклад сделал Белорецкий.", beloretsky)).containsExactly("Белорецкий");
    }

    @Test
    void latinNameLeaksInCyrillicInAnyGrammaticalCase() {
        assertThat(terms("по мнению Белорецкого, а также Станислава", beloretsky))
                .containsExactly("Белорецкого", "Станислава");
    }

    @Test
    void personStoredInLatinLettersLeaksInHangul() {
        assertThat(terms("류재원 박사는 말했다.", ryu)).containsExactly("류재원");
        assertThat(terms("류재원은", Identity.namedSurnameFirst("Ryu Jae-won"))).containsExactly("류재원");
    }

    @Test
    void otherTransliterationsOfTheSurnameLeak() {
        assertThat(terms("Beloretskiy and Beloretskii and BELORETSKIJ", beloretsky))
                .containsExactly("Beloretskiy", "Beloretskii", "BELORETSKIJ");
    }

    @Test
    void variantRomanisationsOfAJapaneseNameLeak() {
        assertThat(terms("Ohtsuka, Otsuka, Ootsuka and Outsuka spoke.", otsuka))
                .containsExactly("Ohtsuka", "Otsuka", "Ootsuka", "Outsuka");
    }

    @Test
    void yelenaAndElenaAreOneName() {
        assertThat(kinds("Elena Zarechnaya noted it.", Identity.named("Yelena Zarechnaya")))
                .containsExactly(LeakKind.FULL_NAME);
    }

    @Test
    void commonEnglishWordsNeverMeetANameThroughItsRomanisation() {
        Identity yong = Identity.namedSurnameFirst("Yong Sook");
        Identity son = Identity.namedSurnameFirst("Son Hee");
        assertThat(leaks("The young should come soon.", yong, son)).isEmpty();
        assertThat(leaks("Seoul and Yousuf", Identity.named("Ha-eun Seol"), Identity.named("Rashid Yosuf")))
                .isEmpty();
    }

    @Test
    void russianWordsThatOnlyBeginLikeTheNameAreNoLeak() {
        assertThat(leaks("Белоречье и Станиславовка", beloretsky)).isEmpty();
    }
}
