package plenary.directory;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import plenary.kernel.Rules;

/**
 * What a password must be, after NIST SP 800-63B: long enough, not too long for bcrypt, no composition rules,
 * and not one anyone would guess first (blank, the account's own name, a common or breached password).
 */
final class PasswordRules {

    /** SP 800-63B rev. 4 asks for 15 characters where the password is the only factor, as it is here. */
    static final int MIN_CHARACTERS = 15;

    static final int MAX_CHARACTERS = 64;
    /** bcrypt reads the first 72 bytes and ignores the rest; a longer password would be refused by the encoder. */
    static final int MAX_BYTES = 72;

    private PasswordRules() {}

    /**
     * Adds to {@code rules} each rule the password breaks; {@code names} are the account's own names (its
     * username, its person's name), which the password must not be.
     */
    static void check(Rules rules, String password, Collection<String> names) {
        int characters = password.codePointCount(0, password.length());
        String folded = fold(password);
        rules.check(!password.isBlank(), "password", "blank", "must not be only spaces")
                .check(
                        characters >= MIN_CHARACTERS,
                        "password",
                        "min-length",
                        "must be at least " + MIN_CHARACTERS + " characters")
                .check(
                        characters <= MAX_CHARACTERS,
                        "password",
                        "max-length",
                        "must be at most " + MAX_CHARACTERS + " characters")
                .check(
                        password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES,
                        "password",
                        "max-bytes",
                        "must be at most " + MAX_BYTES
                                + " bytes in UTF-8 (bcrypt's limit): about 72 Latin or 36 Cyrillic letters")
                .check(
                        names.stream()
                                .filter(n -> n != null && !n.isBlank())
                                .map(PasswordRules::fold)
                                .noneMatch(folded::equals),
                        "password",
                        "own-name",
                        "must not be the account's user name or its person's name")
                .check(
                        !repetitive(password),
                        "password",
                        "repetitive",
                        "must not be one short sequence repeated (such as \"abcabcabc…\")")
                .check(
                        !CommonPasswords.LIST.contains(password.toLowerCase(Locale.ROOT)),
                        "password",
                        "common",
                        "is on the list of common and breached passwords; choose another");
    }

    // Letters and digits only, lower case: "Anna Petrova" and "anna.petrova" are the same name here.
    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static boolean repetitive(String password) {
        int length = password.length();
        for (int unit = 1; unit <= length / 2; unit++) {
            if (length % unit == 0
                    && password.substring(0, unit).repeat(length / unit).equals(password)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The "passwords" dictionary of nbvcxz (100,000 common and breached passwords, lower-cased), loaded on first
     * use. Only the entries a password of the minimum length could match are kept: shorter ones are refused by
     * the length rule already, and keeping them would cost some megabytes for nothing.
     */
    private static final class CommonPasswords {

        static final Set<String> LIST = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords).keySet().stream()
                .filter(p -> p.codePointCount(0, p.length()) >= MIN_CHARACTERS)
                .map(p -> p.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
