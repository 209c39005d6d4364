package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.leakcheck.Screening.leaks;
import static plenary.leakcheck.Screening.terms;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Case, diacritics, transcriptions and Unicode normalisation never hide a name. */
class SpellingTests {

    private final Identity nguyen = Identity.namedSurnameFirst("Nguyễn Văn Thành");
    private final Identity mueller = Identity.named("Hans Müller");

    @Test
    void caseDoesNotMatter() {
        assertThat(terms("NGUYEN, Nguyen and nguyen", nguyen)).containsExactly("NGUYEN", "Nguyen", "nguyen");
    }

    @Test
    void diacriticsDoNotMatterEitherWay() {
        assertThat(terms("Nguyễn and Nguyen", nguyen)).containsExactly("Nguyễn", "Nguyen");
        assertThat(terms("Nguyễn and NGUYỄN", Identity.namedSurnameFirst("Nguyen Van Thanh")))
                .containsExactly("Nguyễn", "NGUYỄN");
    }

    @Test
    void umlautMatchesItsTranscriptionAndItsBareLetter() {
        assertThat(terms("Müller, Mueller, Muller, MUELLER and MÜLLER", mueller))
                .containsExactly("Müller", "Mueller", "Muller", "MUELLER", "MÜLLER");
    }

    @Test
    void transcribedNameMatchesTheUmlaut() {
        assertThat(terms("Müller and Muller", Identity.named("Hans Mueller"))).containsExactly("Müller", "Muller");
    }

    @Test
    void decomposedTextStillLeaksAComposedName() {
        String decomposed = Normalizer.normalize("Nguyễn and Müller", Normalizer.Form.NFD);
        assertThat(leaks(decomposed, nguyen, mueller))
                .hasSize(2)
                .allSatisfy(leak -> assertThat(decomposed.substring(leak.start(), leak.end()))
                        .isEqualTo(leak.term()));
        assertThat(terms(decomposed, nguyen, mueller).get(0))
                .isEqualTo(Normalizer.normalize("Nguyễn", Normalizer.Form.NFD));
    }

    @Test
    void composedTextStillLeaksADecomposedName() {
        Identity decomposed = Identity.named(Normalizer.normalize("Hans Müller", Normalizer.Form.NFD));
        assertThat(terms("Müller and Mueller", decomposed)).containsExactly("Müller", "Mueller");
    }

    @Test
    void lettersWithoutCombiningMarksFoldToo() {
        assertThat(terms("Łukasz Wałęsa wrote; Walesa agreed", Identity.named("Łukasz Wałęsa")))
                .containsExactly("Łukasz Wałęsa", "Walesa");
        assertThat(terms("Strauss and Strauß", Identity.named("Anna Strauß"))).containsExactly("Strauss", "Strauß");
        assertThat(terms("Đặng and Dang", Identity.namedSurnameFirst("Đặng Minh Khôi")))
                .containsExactly("Đặng", "Dang");
    }

    @Test
    void fullWidthLettersDoNotHideAName() {
        assertThat(terms("ＩＶＡＮＯＶ said", Identity.named("Sergei Ivanov"))).containsExactly("ＩＶＡＮＯＶ");
    }

    @Test
    void zeroWidthCharactersDoNotHideAName() {
        assertThat(terms("Iva\u200Bnov and Iva\u2060nov", Identity.named("Sergei Ivanov")))
                .containsExactly("Iva\u200Bnov", "Iva\u2060nov");
    }

    @Test
    void apostropheInsideANameMayBeAnyApostrophe() {
        Identity obrien = Identity.named("Kevin O'Brien");
        assertThat(terms("O'Brien, O’Brien and OBrien", obrien)).containsExactly("O'Brien", "O’Brien", "OBrien");
    }
}
