package plenary.institutions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTests {

    @Test
    void caseSurroundingSpacesAndALeadingTheDoNotMatter() {
        assertThat(NameKey.of("  the Six Party Talks "))
                .isEqualTo(NameKey.of("Six Party Talks"))
                .isEqualTo("six party talks");
        assertThat(NameKey.of("THE  six   party talks")).isEqualTo("six party talks");
    }

    @Test
    void hyphensAndDashesCountAsSpaces() {
        assertThat(NameKey.of("Six-Party Talks")).isEqualTo("six party talks");
        assertThat(NameKey.of("China–Japan–Korea Trilateral Summit")).isEqualTo("china japan korea trilateral summit");
    }

    @Test
    void acronymsKeepTheirDigits() {
        assertThat(NameKey.of("6PT")).isEqualTo("6pt");
        assertThat(NameKey.of("KEDO")).isEqualTo("kedo");
    }

    @Test
    void aTheInsideANameStays() {
        assertThat(NameKey.of("Theatre Missile Forum")).isEqualTo("theatre missile forum");
        assertThat(NameKey.of("Forum of the Parties")).isEqualTo("forum of the parties");
    }

    @Test
    void onlyBlankTextHasNoKey() {
        assertThat(NameKey.of(null)).isNull();
        assertThat(NameKey.of("   ")).isNull();
        // A name that is only "The" keeps it: every name that is given has a key.
        assertThat(NameKey.of("The ")).isEqualTo("the");
    }
}
