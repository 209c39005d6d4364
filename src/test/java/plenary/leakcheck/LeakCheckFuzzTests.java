package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the leak check with arbitrary names and passages. An input is UTF-8 text: its first line names the people
 * ("|" between them, a leading "^" for a surname written first), the rest is the passage. In the normal build the
 * seeds in {@code LeakCheckFuzzTestsInputs} run as regression tests; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class LeakCheckFuzzTests {

    @FuzzTest(maxDuration = "60s")
    void findingsPointInsideThePassageInOrder(byte[] input) {
        String all = new String(input, StandardCharsets.UTF_8);
        int newline = all.indexOf('\n');
        String header = newline < 0 ? "" : all.substring(0, newline);
        String text = newline < 0 ? all : all.substring(newline + 1);
        List<Identity> identities = Arrays.stream(header.split("\\|"))
                .filter(name -> !name.isBlank())
                .limit(8)
                .map(name -> name.startsWith("^") && !name.substring(1).isBlank()
                        ? Identity.namedSurnameFirst(name.substring(1))
                        : Identity.named(name))
                .toList();

        List<Leak> leaks = LeakCheck.against(identities).check(new Passage("p", text));

        int previousEnd = 0;
        for (Leak leak : leaks) {
            assertThat(leak.start()).isBetween(previousEnd, leak.end());
            assertThat(leak.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(leak.start(), leak.end())).isEqualTo(leak.term());
            previousEnd = leak.end();
        }
    }
}
