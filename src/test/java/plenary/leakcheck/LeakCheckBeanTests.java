package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import plenary.PlenaryIntegrationTest;

@PlenaryIntegrationTest
class LeakCheckBeanTests {

    @Autowired
    LeakCheck leakCheck;

    @Test
    void leakCheckIsABeanOtherModulesMayInject() {
        assertThat(leakCheck.check(List.of(Identity.named("Sergei Ivanov")), List.of(new Passage("Title", "Ivanov"))))
                .extracting(Leak::kind)
                .containsExactly(LeakKind.SURNAME);
    }
}
