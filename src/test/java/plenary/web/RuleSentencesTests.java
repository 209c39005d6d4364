package plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import plenary.kernel.Bounds;
import plenary.kernel.Violation;

/**
 * Every rule a page can show has its sentence in Russian: the rules named where the modules make violations
 * ({@code Rules.check}, {@code InvalidRecord.of}, {@code new Violation}) and the constraints of request records, read
 * from the main sources, each need a {@code rule.<name>} in the Russian bundle; without one a Russian page would show
 * the English sentence.
 */
class RuleSentencesTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** Where a violation is made, and which of the call's arguments names its rule. */
    private static final Pattern MADE = Pattern.compile("(\\.check|\\bInvalidRecord\\.of|\\bnew Violation)\\(");

    private static final Pattern CONSTRAINT = Pattern.compile("@Constraint\\(");

    private final MessageSource bundles = new InterfaceTexts().messageSource();

    @Test
    void everyRuleTheModulesNameHasARussianSentence() throws IOException {
        Set<String> rules = ruleNames();
        assertThat(rules)
                .as("the rules found in the main sources: finding them must not silently fail")
                .hasSizeGreaterThan(50)
                .contains("required", "max-length", "range", "unique", "syntax", "max-size", "one-per-intervention");
        Texts russian = new Texts(bundles, RUSSIAN, ZoneOffset.UTC);
        Set<String> untranslated = new TreeSet<>();
        for (String rule : rules) {
            if (russian.optional("rule." + rule) == null) {
                untranslated.add(rule);
            }
        }
        assertThat(untranslated).as("rules without rule.<name> in Russian").isEmpty();
    }

    @Test
    void aRuleIsSaidInRussianWithTheNumbersOfItsEnglishSentence() {
        Texts russian = new Texts(bundles, RUSSIAN, ZoneOffset.UTC);
        Texts english = new Texts(bundles, Locale.ENGLISH, ZoneOffset.UTC);
        Violation kinds = new Violation(
                "kinds",
                "one-per-intervention",
                "must have one entry for each intervention of the draft: it has 4, 3 were given");

        assertThat(russian.rule(kinds))
                .isEqualTo("нужна одна запись на каждое выступление черновика: выступлений в нём 4, указано 3");
        assertThat(english.rule(kinds))
                .isEqualTo("must have one entry for each intervention of the draft: it has 4, 3 were given");
        assertThat(russian.rule(new Violation("password", "min-length", "must be at least 15 characters")))
                .isEqualTo("не короче 15 символов");
    }

    @Test
    void aRuleWhoseEnglishSentenceNamesARecordIsSaidInGeneralInRussian() {
        Texts russian = new Texts(bundles, RUSSIAN, ZoneOffset.UTC);

        assertThat(russian.rule(new Violation("coChairIds[1]", "distinct", "names Ana Lima twice")))
                .isEqualTo("повторяет уже названное");
        assertThat(russian.rule(new Violation(
                        "version", "later", "must be later than version 3, which the committees are already asked")))
                .isEqualTo("должна быть новее версии 3, уже вынесенной на одобрение");
    }

    /** The rules named in the main sources: literal rule names of the calls that make violations, and constraints. */
    private static Set<String> ruleNames() throws IOException {
        Set<String> rules = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher made = MADE.matcher(source);
                while (made.find()) {
                    List<String> args = arguments(source, made.end());
                    String rule = made.group(1).equals(".check")
                            ? (args.size() == 4 ? args.get(2) : "")
                            : (args.size() == 3 ? args.get(1) : "");
                    if (rule.matches("\"[a-z][a-z-]*\"")) {
                        rules.add(rule.substring(1, rule.length() - 1));
                    }
                }
                if (CONSTRAINT.matcher(source).find()) {
                    String name = file.getFileName().toString().replace(".java", "");
                    rules.add(Bounds.ruleName(name));
                }
            }
        }
        return rules;
    }

    /** The arguments of a call, as written, from just after its opening bracket to its closing one. */
    private static List<String> arguments(String source, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        char quote = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == '\\') {
                    current.append(source.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                current.append(c);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                current.append(c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    args.add(current.toString().strip());
                    return args;
                }
                depth--;
                current.append(c);
            } else if (c == ',' && depth == 0) {
                args.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return args;
    }
}
