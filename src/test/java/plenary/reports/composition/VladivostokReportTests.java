package plenary.reports.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import plenary.PlenaryIntegrationTest;
import plenary.documents.Document;
import plenary.documents.DocumentFormat;
import plenary.documents.Typesetter;
import plenary.institutions.InstitutionView;
import plenary.institutions.Institutions;
import plenary.reports.DemoReports;

/** The demo's Vladivostok meeting written as a report, held against the golden text and against the seed itself. */
@PlenaryIntegrationTest
class VladivostokReportTests {

    /** Words that show a kind of contribution in a rapporteur's English, the same in the seed and in ours. */
    private static final Map<String, List<String>> KIND_CUES = Map.of(
            "proposal", List.of("proposed", "proposal", "should more seriously consider"),
            "concern", List.of("concerns"),
            "argument", List.of("argued", "opinion was expressed", "view was expressed"),
            "briefing", List.of("briefing", "explanations"),
            "assessment", List.of("evaluated", "questioned", "assessments", "on the one hand"),
            "presentation", List.of("reviewed", "presented a paper"),
            "discussion", List.of("discussed", "discussions", "views were presented"));

    @Autowired
    DemoReports demo;

    @Autowired
    Typesetter typesetter;

    @Autowired
    Institutions institutions;

    @Test
    void theReportReadsAsTheGoldenText() throws IOException {
        String markdown = new String(typesetter.render(demo.vladivostok(), DocumentFormat.MD), StandardCharsets.UTF_8);
        assertThat(markdown).isEqualTo(resource("/reports/vladivostok.golden.md"));
    }

    @Test
    void everyParagraphOfTheSeedHasACounterpartWithTheSameInstitutionsAndKindsOfContribution() throws IOException {
        List<String> ours = paragraphs(demo.vladivostok());
        for (String seed : seedParagraphs()) {
            String counterpart = bestMatch(seed, ours);
            assertThat(institutionsIn(counterpart))
                    .as("institutions of the counterpart of: %s", seed)
                    .containsAll(institutionsIn(seed));
            assertThat(kindsIn(counterpart))
                    .as("kinds of contribution of the counterpart of: %s", seed)
                    .containsAll(kindsIn(seed));
        }
    }

    @Test
    void theReportNamesNoOneAndCarriesEverySessionObjectiveAndTheNextTask() throws IOException {
        Document report = demo.vladivostok();
        String all = String.join("\n", paragraphs(report));
        assertThat(report.contents().get(0).subsections()).hasSize(3);
        demo.vladivostokContext()
                .meeting()
                .sessions()
                .forEach(s -> s.objectives().forEach(o -> assertThat(all).contains(o)));
        assertThat(all).contains("CSCAP Memorandum");
        demo.vladivostokContext()
                .people()
                .values()
                .forEach(p -> assertThat(all)
                        .doesNotContain(p.name())
                        .doesNotContain(p.affiliation())
                        .doesNotContain(p.email()));
    }

    private Set<String> institutionsIn(String text) {
        String normalised = normalise(text);
        Set<String> found = new TreeSet<>();
        for (InstitutionView institution : institutions.all()) {
            List<String> names = new ArrayList<>(institution.aliases());
            names.add(institution.name());
            if (institution.acronym() != null) {
                names.add(institution.acronym());
            }
            if (names.stream().anyMatch(n -> containsWord(normalised, normalise(n)))) {
                found.add(institution.name());
            }
        }
        return found;
    }

    private static Set<String> kindsIn(String text) {
        String normalised = normalise(text);
        return KIND_CUES.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(normalised::contains))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String bestMatch(String seed, List<String> ours) {
        Set<String> seedWords = words(seed);
        return ours.stream()
                .max((a, b) -> Double.compare(overlap(seedWords, words(a)), overlap(seedWords, words(b))))
                .orElseThrow();
    }

    private static double overlap(Set<String> seed, Set<String> ours) {
        Set<String> common = new HashSet<>(seed);
        common.retainAll(ours);
        return (double) common.size() / seed.size();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(normalise(text).split("[^a-z0-9]+"))
                .filter(w -> w.length() > 3)
                .collect(Collectors.toSet());
    }

    private static boolean containsWord(String text, String phrase) {
        return !phrase.isBlank()
                && (" " + text.replaceAll("[^a-z0-9]+", " ") + " ")
                        .contains(" " + phrase.replaceAll("[^a-z0-9]+", " ").strip() + " ");
    }

    /** Lower case; the seed's typing slips (words run together, "pipe line") undone, so words compare. */
    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("throughmultilateralizing", "through multilateralizing")
                .replace("arguedthat", "argued that")
                .replace("subregionalarrangements", "subregional arrangements")
                .replace("identifyingnew", "identifying new")
                .replace("modernization.there", "modernization. there")
                .replace("pipe line", "pipeline")
                .replace("tpp(", "tpp (")
                .replace("committee(", "committee (");
    }

    /** The seed's paragraphs of substance: the body, without its headings and title. */
    private static List<String> seedParagraphs() throws IOException {
        String seed = resource("/seed/vladivostok-2011.txt");
        String body = seed.substring(seed.indexOf("1, Summary") + "1, Summary".length());
        return Arrays.stream(body.split("\\n\\s*\\n"))
                .map(p -> p.replaceAll("\\s+", " ").strip())
                .map(p -> p.startsWith("2, Next Task")
                        ? p.substring("2, Next Task".length()).strip()
                        : p)
                .filter(p -> p.length() > 40)
                .toList();
    }

    private static List<String> paragraphs(Document report) {
        List<String> all = new ArrayList<>();
        report.contents().forEach(s -> collect(s, all));
        return all;
    }

    private static void collect(Document.Section section, List<String> into) {
        section.paragraphs().forEach(p -> into.add(p.text()));
        section.subsections().forEach(s -> collect(s, into));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = VladivostokReportTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
