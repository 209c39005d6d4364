package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityTests {

    @Test
    void identityWithoutAFullNameIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Identity.named(" "));
    }

    @Test
    void aNameWithoutWordsLeaksNothingAndBreaksNothing() {
        // Found by LeakCheckFuzzTests: a name of punctuation only made the check throw.
        List<Identity> identities =
                List.of(Identity.named("^"), Identity.named("\u202e\u200b"), Identity.named("Li Wei"));
        assertThat(LeakCheck.against(identities).check(new Passage("p", "^ said Li Wei")))
                .extracting(Leak::term)
                .containsExactly("Li Wei");
    }

    @Test
    void labelDefaultsToTheFullName() {
        assertThat(new Identity(null, "Sergei Ivanov", false, null, null, null).label())
                .isEqualTo("Sergei Ivanov");
    }

    @Test
    void blankAndMissingFormsAreLeftOut() {
        Identity identity = Identity.named("Sergei Ivanov")
                .alsoKnownAs("", null, "Сергей Иванов")
                .affiliatedWith(" ")
                .reachableAt(new String[] {null});
        assertThat(identity.otherNames()).containsExactly("Сергей Иванов");
        assertThat(identity.affiliations()).isEmpty();
        assertThat(identity.emails()).isEmpty();
    }

    @Test
    void formsCannotBeChangedFromOutside() {
        String[] names = {"Sergey Ivanov"};
        Identity identity = Identity.named("Sergei Ivanov").alsoKnownAs(names);
        names[0] = "someone else";
        assertThat(identity.otherNames()).containsExactly("Sergey Ivanov");
        assertThat(Arrays.asList(names)).containsExactly("someone else");
    }
}
