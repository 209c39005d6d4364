package plenary.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.leakcheck.Identity;
import plenary.leakcheck.LeakCheck;
import plenary.leakcheck.Passage;

class ScreeningTests {

    @Test
    void eastAsianNamesWithoutAHyphenatedFirstWordAreWrittenSurnameFirst() {
        assertThat(Screening.surnameFirst(person("Kim Min-jun", Nationality.KR)))
                .isTrue();
        assertThat(Screening.surnameFirst(person("Zhou Mingyuan", Nationality.CN)))
                .isTrue();
        assertThat(Screening.surnameFirst(person("Ha-eun Seol", Nationality.KR)))
                .isFalse();
        assertThat(Screening.surnameFirst(person("Kenta Oyamada", Nationality.JP)))
                .isFalse();
        assertThat(Screening.surnameFirst(person("Stanislav Beloretsky", Nationality.RU)))
                .isFalse();
        assertThat(Screening.surnameFirst(person("Zhou", Nationality.CN))).isFalse();
    }

    @Test
    void anIdentityCarriesTheNameTheAffiliationAndTheAddress() {
        List<Identity> identities = Screening.identities(List.of(person("Zhou Mingyuan", Nationality.CN)));
        assertThat(identities).singleElement().satisfies(i -> {
            assertThat(i.surnameFirst()).isTrue();
            assertThat(i.affiliations()).containsExactly("Jinling Centre for Regional Security");
            assertThat(i.emails()).containsExactly("zhou@example.org");
        });
        assertThat(LeakCheck.against(identities)
                        .check(List.of(
                                new Passage("p", "Mr Zhou argued."),
                                new Passage("q", "Write to zhou@example.org."),
                                new Passage("r", "Jinling Centre for Regional Security"))))
                .hasSize(3);
    }

    private static PersonView person(String name, Nationality nationality) {
        return new PersonView(
                new PersonId(1),
                name,
                nationality,
                "Jinling Centre for Regional Security",
                null,
                Pronoun.HE,
                "zhou@example.org",
                0);
    }
}
