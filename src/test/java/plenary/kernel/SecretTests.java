package plenary.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTests {

    @Test
    void aSecretIsItsPrefixAndFortyThreeCharactersOfBase64Url() {
        String token = Secret.generate("plenary_");

        assertThat(token).matches("plenary_[A-Za-z0-9_-]{43}");
        assertThat(Secret.wellFormed(token, "plenary_")).isTrue();
        assertThat(Secret.wellFormed(token, "")).isFalse();
        assertThat(Secret.wellFormed(Secret.generate(""), "")).isTrue();
    }

    @Test
    void textsOfAnotherShapeAreRefusedBeforeAnyLookup() {
        String secret = Secret.generate("");

        assertThat(Secret.wellFormed(secret.substring(1), "")).isFalse();
        assertThat(Secret.wellFormed(secret + "A", "")).isFalse();
        assertThat(Secret.wellFormed("+" + secret.substring(1), "")).isFalse();
        assertThat(Secret.wellFormed("other_" + secret, "plenary_")).isFalse();
    }

    @Test
    void noTwoSecretsAreAlikeAndTheHashIsTheSha256InHex() {
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            made.add(Secret.generate(""));
        }
        assertThat(made).hasSize(1000);
        // SHA-256("abc"), from FIPS 180-2's examples.
        assertThat(Secret.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
