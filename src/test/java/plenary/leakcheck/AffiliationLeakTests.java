package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.leakcheck.Screening.kinds;
import static plenary.leakcheck.Screening.leaks;
import static plenary.leakcheck.Screening.terms;

import org.junit.jupiter.api.Test;

class AffiliationLeakTests {

    private final Identity ivanov = Identity.named("Sergei Ivanov")
            .affiliatedWith("Institute of World Economy and International Relations (IMEMO)");

    @Test
    void affiliationLeaksAsAffiliation() {
        assertThat(kinds("a scholar of the Institute of World Economy and International Relations said", ivanov))
                .containsExactly(LeakKind.AFFILIATION);
    }

    @Test
    void affiliationSplitOverLinesAndInAnyCaseLeaks() {
        assertThat(kinds("the institute of world economy\nand INTERNATIONAL relations", ivanov))
                .containsExactly(LeakKind.AFFILIATION);
    }

    @Test
    void shortFormInParenthesesLeaksToo() {
        assertThat(terms("a scholar from IMEMO said", ivanov)).containsExactly("IMEMO");
    }

    @Test
    void shortFormGivenAsAnEntryOfItsOwnLeaks() {
        Identity kim =
                Identity.namedSurnameFirst("Kim Min-jun").affiliatedWith("Korea National Diplomatic Academy", "KNDA");
        assertThat(terms("KNDA and the Korea National Diplomatic Academy", kim))
                .containsExactly("KNDA", "Korea National Diplomatic Academy");
    }

    @Test
    void acronymThatIsAlsoAWordLeaksOnlyInCapitals() {
        Identity rand = Identity.named("John Smith").affiliatedWith("RAND");
        assertThat(terms("the rand fell; Rand said; RAND said", rand)).containsExactly("RAND");
    }

    @Test
    void leadingTheIsNoPartOfTheAffiliation() {
        Identity asan = Identity.namedSurnameFirst("Choi Kang").affiliatedWith("The Asan Institute for Policy Studies");
        assertThat(terms("Asan Institute for Policy Studies", asan))
                .containsExactly("Asan Institute for Policy Studies");
    }

    @Test
    void partOfAnAffiliationIsNoLeak() {
        assertThat(leaks("the institute of world affairs and international relations", ivanov))
                .isEmpty();
    }

    @Test
    void affiliationWithAPossessiveLeaks() {
        assertThat(terms("IMEMO's report", ivanov)).containsExactly("IMEMO");
    }

    @Test
    void affiliationInHangulLeaksAsASubstring() {
        Identity kim = Identity.namedSurnameFirst("Kim Min-jun").affiliatedWith("국립외교원");
        assertThat(kinds("국립외교원에서", kim)).containsExactly(LeakKind.AFFILIATION);
    }

    @Test
    void affiliationIsNotTakenForATitledName() {
        Identity fefu = Identity.named("Olga Popova").affiliatedWith("Far Eastern Federal University");
        assertThat(kinds("Professor Far Eastern Federal University", fefu)).containsExactly(LeakKind.AFFILIATION);
    }

    @Test
    void distinctivePartOfAnAffiliationLeaks() {
        Identity beloretsky =
                Identity.named("Stanislav Beloretsky").affiliatedWith("Primorye Institute of Asia-Pacific Studies");
        Identity lan = Identity.named("Lan Qiaoxin").affiliatedWith("Beijing Academy of Social Sciences");
        assertThat(terms("a scholar of the Primorye Institute and one of the Beijing Academy", beloretsky, lan))
                .containsExactly("Primorye Institute", "Beijing Academy");
        assertThat(kinds("the Primorye Institute", beloretsky)).containsExactly(LeakKind.AFFILIATION);
    }

    @Test
    void distinctivePartInLowerCaseOrAloneIsNoLeak() {
        Identity beloretsky =
                Identity.named("Stanislav Beloretsky").affiliatedWith("Primorye Institute of Asia-Pacific Studies");
        assertThat(leaks("an institute in Primorye; the primorye institute", beloretsky))
                .isEmpty();
    }
}
