package plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every interface text comes from the message bundles, in English and in Russian: no template writes a text of its
 * own, every key a template or a page controller asks for is in both languages, and both languages of a bundle
 * have the same keys. The templates are read as written ({@link TemplateTexts} finds their literal texts).
 */
class InterfaceTextsTests {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    /** {@code page.t("key"}, {@code texts.t("key"}, {@code Notices.tell(redirect, "key"} and their like. */
    private static final Pattern KEY_USE =
            Pattern.compile("(?:\\b(?:page|texts)\\.t|Notices\\.tell\\([a-zA-Z]+,)\\(?\\s*\"([a-z][a-zA-Z0-9._-]*)\"");

    @Test
    void noTemplateWritesATextOfItsOwn() throws IOException {
        Map<String, List<String>> literal = new TreeMap<>();
        for (Path template : templates()) {
            List<String> found = TemplateTexts.literalTexts(Files.readString(template));
            if (!found.isEmpty()) {
                literal.put(TEMPLATES.relativize(template).toString(), found);
            }
        }
        assertThat(literal)
                .as("texts written in templates instead of the bundles")
                .isEmpty();
    }

    @Test
    void everyKeyAskedForIsInBothLanguages() throws IOException {
        Properties english = bundles("");
        Properties russian = bundles("_ru");
        Set<String> missing = new TreeSet<>();
        for (Path file : sourcesAndTemplates()) {
            Matcher use = KEY_USE.matcher(Files.readString(file));
            while (use.find()) {
                String key = use.group(1);
                if (!english.containsKey(key)) {
                    missing.add(key + " (English) in " + file);
                }
                if (!russian.containsKey(key)) {
                    missing.add(key + " (Russian) in " + file);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void bothLanguagesOfEveryBundleHaveTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path english :
                    files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Path russian = english.resolveSibling(
                        english.getFileName().toString().replace(".properties", "_ru.properties"));
                assertThat(russian).as("the Russian bundle beside " + english).exists();
                assertThat(load(russian).stringPropertyNames())
                        .as(russian.toString())
                        .containsExactlyInAnyOrderElementsOf(load(english).stringPropertyNames());
            }
        }
    }

    @Test
    void everyTextWithArgumentsIsAMessageFormat() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.toList()) {
                Properties texts = load(bundle);
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    if (text.contains("{0}")) {
                        String shown = new MessageFormat(text).format(new Object[] {"A", "B", "C", "D"});
                        assertThat(shown)
                                .as(key + " in " + bundle + ": a single quote hides what follows; write ''")
                                .doesNotContain("{");
                    }
                }
            }
        }
    }

    @Test
    void theFinderFindsTextsInEveryPlaceATemplateCanHoldThem() {
        String template = """
                @import plenary.web.Page
                @param Page page
                @template.layout(page = page, title = "Meeting record", content = @`
                    <h1>${page.t("meetings.title")}</h1>
                    <p>Add an intervention</p>
                    <input placeholder="Speaker" aria-label="${page.t("x")}">
                    @if(page.signedIn())<span>${page.t("a")} or ${page.t("b")}</span>@endif
                    <button>${ready ? "Publish now" : page.t("c")}</button>
                    <%-- a comment is no text --%>
                    <script>var notText = 1;</script>
                `)
                """;
        assertThat(TemplateTexts.literalTexts(template))
                .containsExactly(
                        "\"Meeting record\"", "Add an intervention", "placeholder=Speaker", "or", "\"Publish now\"");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
        }
    }

    private static List<Path> sourcesAndTemplates() throws IOException {
        List<Path> all = new ArrayList<>(templates());
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(all::add);
        }
        return all;
    }

    private static Properties bundles(String suffix) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.toList()) {
                String name = bundle.getFileName().toString();
                boolean english = !name.contains("_");
                if (suffix.isEmpty() ? english : name.endsWith(suffix + ".properties")) {
                    all.putAll(load(bundle));
                }
            }
        }
        return all;
    }

    private static Properties load(Path bundle) throws IOException {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }
}
