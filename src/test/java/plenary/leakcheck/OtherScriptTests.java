package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.leakcheck.Screening.kinds;
import static plenary.leakcheck.Screening.leaks;
import static plenary.leakcheck.Screening.terms;

import org.junit.jupiter.api.Test;

/** Names given in Cyrillic, Hangul or Chinese characters leak in those scripts. */
class OtherScriptTests {

    private final Identity ivanov = Identity.named("Sergei Ivanov").alsoKnownAs("Сергей Иванов");
    private final Identity kim = Identity.namedSurnameFirst("Kim Min-jun").alsoKnownAs("김민준");
    private final Identity wang = Identity.namedSurnameFirst("Wang Wei").alsoKnownAs("王伟");

    @Test
    void cyrillicNameLeaksWholeAndInParts() {
        assertThat(leaks("Сергей Иванов сказал. Иванов согласился. Сергей ушёл.", ivanov))
                .extracting(Leak::kind)
                .containsExactly(LeakKind.FULL_NAME, LeakKind.SURNAME, LeakKind.GIVEN_NAME);
    }

    @Test
    void cyrillicNameInGuillemetsLeaks() {
        assertThat(terms("так называемый «Иванов» план", ivanov)).containsExactly("Иванов");
    }

    @Test
    void cyrillicNameLeaksInAnyGrammaticalCase() {
        assertThat(terms("доклад Иванова, письмо Иванову, с Ивановым, у Сергея", ivanov))
                .containsExactly("Иванова", "Иванову", "Ивановым", "Сергея");
    }

    @Test
    void cyrillicWordsThatOnlyBeginLikeTheNameAreNoLeak() {
        assertThat(leaks("Ивановка и Иванович", ivanov)).isEmpty();
    }

    @Test
    void hangulNameLeaksAsASubstringWithParticlesAttached() {
        assertThat(terms("김민준은 말했다. 김민준의 논문.", kim)).containsExactly("김민준", "김민준");
    }

    @Test
    void hangulNameWithSpacesInsideLeaks() {
        assertThat(terms("김 민준 교수", kim)).containsExactly("김 민준");
    }

    @Test
    void decomposedHangulLeaks() {
        String jamo = java.text.Normalizer.normalize("김민준", java.text.Normalizer.Form.NFD);
        assertThat(leaks("발표자 " + jamo + "는", kim))
                .singleElement()
                .satisfies(leak -> assertThat(leak.term()).isEqualTo(jamo));
    }

    @Test
    void hangulSyllableThatOnlyStartsTheNameIsNoLeak() {
        assertThat(leaks("김치와 민주주의", kim)).isEmpty();
    }

    @Test
    void chineseNameLeaksInsideChineseTextWithoutSpaces() {
        assertThat(terms("会议上王伟认为六方会谈很重要", wang)).containsExactly("王伟");
        assertThat(kinds("会议上王伟认为", wang)).containsExactly(LeakKind.FULL_NAME);
    }

    @Test
    void singleChineseCharacterIsTooVagueToSearchFor() {
        assertThat(leaks("王国和金融", Identity.namedSurnameFirst("Wang Wei").alsoKnownAs("王", "金")))
                .isEmpty();
    }

    @Test
    void formInParenthesesIsAFormOfItsOwn() {
        Identity both = Identity.namedSurnameFirst("Park Ji-won (박지원)");
        assertThat(terms("박지원 and Park Ji-won", both)).containsExactly("박지원", "Park Ji-won");
    }
}
