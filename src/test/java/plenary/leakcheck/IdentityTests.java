package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IdentityTests {

    @Test
    void identityWithoutAFullNameIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Identity.named(" "));
    }

    @Test
    void labelDefaultsToTheFullName() {
        assertThat(new Identity(null, "Sergei Ivanov", false, null, null, null).label()).isEqualTo("Sergei Ivanov");
    }

    @Test
    void blankAndMissingFormsAreLeftOut() {
        Identity identity = Identity.named("Sergei Ivanov").alsoKnownAs("", null, "Сергей Иванов")
                .affiliatedWith(" ").reachableAt(new String[] {null});
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
