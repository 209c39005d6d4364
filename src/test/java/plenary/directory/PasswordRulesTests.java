package plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import plenary.kernel.InvalidRecord;
import plenary.kernel.Rules;
import plenary.kernel.Violation;

/** The password rules, after NIST SP 800-63B, each on its own. */
class PasswordRulesTests {

    @Test
    void aLongUncommonPasswordKeepsEveryRule() {
        assertThat(broken("plenary-demo-vladivostok")).isEmpty();
        assertThat(broken("test-password-1")).isEmpty();
        assertThat(broken("морской-порт-владивосток")).isEmpty(); // 24 letters, 45 bytes
    }

    @Test
    void noCompositionRules() {
        assertThat(broken("only lower case letters")).isEmpty();
        assertThat(broken("1789201166403521")).isEmpty();
    }

    @Test
    void tenSpacesAreBlankAndShort() {
        assertThat(broken(" ".repeat(10))).contains("blank", "min-length");
        assertThat(broken(" ".repeat(20))).contains("blank");
    }

    @Test
    void fifteenCharactersAtLeastCountedAsCharactersNotBytes() {
        assertThat(broken("password12")).containsExactly("min-length");
        assertThat(broken("fourteen-chars")).containsExactly("min-length");
        assertThat(broken("fifteen-chars-x")).isEmpty();
        assertThat(broken("владивосток-15б")).isEmpty();
    }

    @Test
    void atMostSixtyFourCharacters() {
        assertThat(broken("a-passphrase-of-64-characters-".repeat(2) + "abcd")).isEmpty();
        assertThat(broken("a-passphrase-of-65-characters-".repeat(2) + "abcde")).containsExactly("max-length");
    }

    @Test
    void atMostSeventyTwoBytesInUtf8WhichIsBcryptsLimit() {
        // 37 Cyrillic letters: 37 characters, 74 bytes.
        assertThat(broken("владивостокскаяконференцияпобезопасн")).isEmpty(); // 36 letters, 72 bytes
        assertThat(broken("владивостокскаяконференцияпобезопасно")).containsExactly("max-bytes");
        assertThat(violations("владивостокскаяконференцияпобезопасно").get(0).message())
                .contains("72 bytes", "bcrypt", "36 Cyrillic");
    }

    @Test
    void notTheUsernameNorThePersonsName() {
        assertThat(broken("rapporteur.fifteen", Set.of("rapporteur.fifteen", "Anna Petrova")))
                .containsExactly("own-name");
        assertThat(broken("Anna Karenina Petrova", Set.of("rapporteur", "Anna Karenina-Petrova")))
                .containsExactly("own-name");
        assertThat(broken("Anna Karenina Petrova and more", Set.of("rapporteur", "Anna Karenina-Petrova")))
                .isEmpty();
    }

    @Test
    void notOneShortSequenceRepeated() {
        assertThat(broken("aaaaaaaaaaaaaaaa")).containsExactly("repetitive");
        assertThat(broken("abc1abc1abc1abc1")).containsExactly("repetitive");
    }

    @Test
    void notOnTheListOfCommonAndBreachedPasswordsWhateverTheCase() {
        assertThat(broken("123456789987654321")).containsExactly("common");
        assertThat(broken("1QAZ2WSX3EDC4RFV")).containsExactly("common");
    }

    private static List<String> broken(String password) {
        return broken(password, Set.of("someone"));
    }

    private static List<String> broken(String password, Set<String> names) {
        return violations(password, names).stream().map(Violation::rule).toList();
    }

    private static List<Violation> violations(String password) {
        return violations(password, Set.of("someone"));
    }

    private static List<Violation> violations(String password, Set<String> names) {
        Rules rules = new Rules();
        PasswordRules.check(rules, password, names);
        try {
            rules.enforce();
            return List.of();
        } catch (InvalidRecord e) {
            return e.violations();
        }
    }
}
