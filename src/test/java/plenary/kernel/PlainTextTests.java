package plenary.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTests {

    @Test
    void textInAnyScriptWithTabsAndLineBreaksIsPlain() {
        assertThat(PlainText.Check.holds("Сергей Ковалёв\t김지원\r\n阮成 😀 \u202eevil\u202c \u00a0"))
                .isTrue();
        assertThat(PlainText.Check.holds(null)).isTrue();
        assertThat(PlainText.Check.holds("")).isTrue();
    }

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreNot() {
        assertThat(PlainText.Check.holds("a\u0000b")).isFalse();
        assertThat(PlainText.Check.holds("bell\u0007")).isFalse();
        assertThat(PlainText.Check.holds("delete\u007f")).isFalse();
        assertThat(PlainText.Check.holds("next line\u0085")).isFalse();
    }

    @Test
    void unpairedSurrogatesAreNot() {
        assertThat(PlainText.Check.holds("\ud83d\ude00")).isTrue();
        assertThat(PlainText.Check.holds("high \ud800 alone")).isFalse();
        assertThat(PlainText.Check.holds("low \udc00 alone")).isFalse();
        assertThat(PlainText.Check.holds("ends high \ud800")).isFalse();
        assertThat(PlainText.Check.holds("reversed \udc00\ud800")).isFalse();
    }

    @Test
    void rulesAreNamedAsTheModulesNameTheirs() {
        assertThat(Bounds.ruleName("MaxLength")).isEqualTo("max-length");
        assertThat(Bounds.ruleName("PlainText")).isEqualTo("plain-text");
        assertThat(Bounds.ruleName("PlausibleYear")).isEqualTo("range");
    }
}
