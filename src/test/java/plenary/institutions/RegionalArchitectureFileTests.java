package plenary.institutions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reference data file as shipped, read on its own (not through the loader), and held to its contract. */
class RegionalArchitectureFileTests {

    private static final Set<String> STATES = Set.of(Locale.getISOCountries());
    private static JsonNode file;
    private static Map<String, JsonNode> entries;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in =
                RegionalArchitectureFileTests.class.getResourceAsStream("/institutions/regional-architecture.json")) {
            assertThat(in).as("the file is on the class path").isNotNull();
            file = JsonMapper.builder().build().readTree(in);
        }
        entries = new HashMap<>();
        for (JsonNode entry : file.get("institutions")) {
            assertThat(entries.put(entry.get("key").asString(), entry))
                    .as("key %s is unique", entry.get("key"))
                    .isNull();
        }
    }

    private static List<JsonNode> each(String list) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode entry : file.get("institutions")) {
            entry.get(list).forEach(all::add);
        }
        return all;
    }

    private static String key(String name) {
        String key = name.toLowerCase(Locale.ROOT)
                .replaceAll("[\\-\u2010-\u2015]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static List<String> names(JsonNode entry) {
        List<String> names = new ArrayList<>();
        names.add(entry.get("name").asString());
        if (!entry.get("acronym").isNull()) {
            names.add(entry.get("acronym").asString());
        }
        entry.get("aliases").forEach(a -> names.add(a.asString()));
        return names;
    }

    @Test
    void everyMemberIsAKnownState() {
        assertThat(each("members"))
                .allSatisfy(m -> assertThat(STATES).contains(m.get("state").asString()));
    }

    @Test
    void everyRelationLeadsToAnotherKnownEntry() {
        for (JsonNode entry : file.get("institutions")) {
            for (JsonNode relation : entry.get("relations")) {
                assertThat(entries).containsKey(relation.get("target").asString());
                assertThat(relation.get("target").asString())
                        .isNotEqualTo(entry.get("key").asString());
            }
        }
    }

    @Test
    void everyFactIsSourcedAndEverySourceDated() {
        JsonNode sources = file.get("sources");
        List<JsonNode> sourced = new ArrayList<>();
        file.get("institutions").forEach(sourced::add);
        sourced.addAll(each("members"));
        sourced.addAll(each("relations"));
        assertThat(sourced)
                .allSatisfy(fact -> assertThat(sources.has(fact.get("source").asString()))
                        .as("source %s of %s", fact.get("source"), fact)
                        .isTrue());
        for (JsonNode source : sources) {
            assertThat(source.get("citation").asString()).isNotBlank();
            assertThat(LocalDate.parse(source.get("checked").asString())).isBefore(LocalDate.of(2100, 1, 1));
        }
    }

    @Test
    void noTwoEntriesShareANameAcronymOrAlias() {
        Map<String, String> seen = new HashMap<>();
        for (JsonNode entry : file.get("institutions")) {
            for (String name : new HashSet<>(names(entry).stream()
                    .map(RegionalArchitectureFileTests::key)
                    .toList())) {
                assertThat(seen.put(name, entry.get("key").asString()))
                        .as("“%s” names only one entry", name)
                        .isNull();
            }
        }
    }

    @Test
    void partOfAndSuccessorOfNeverGoRoundInACircle() {
        for (String kind : List.of("PART_OF", "SUCCESSOR_OF")) {
            for (String start : entries.keySet()) {
                Deque<String> next = new ArrayDeque<>(targets(start, kind));
                Set<String> seen = new HashSet<>();
                while (!next.isEmpty()) {
                    String at = next.pop();
                    assertThat(at).as("%s leads back to %s", kind, start).isNotEqualTo(start);
                    if (seen.add(at)) {
                        next.addAll(targets(at, kind));
                    }
                }
            }
        }
    }

    private static List<String> targets(String key, String kind) {
        List<String> targets = new ArrayList<>();
        for (JsonNode relation : entries.get(key).get("relations")) {
            if (relation.get("kind").asString().equals(kind)) {
                targets.add(relation.get("target").asString());
            }
        }
        return targets;
    }

    @Test
    void theArchitectureARegionalExpertExpectsIsThere() {
        Set<String> all = new HashSet<>();
        file.get("institutions").forEach(e -> names(e).forEach(n -> all.add(key(n))));
        assertThat(all)
                .contains(
                        key("ASEAN"),
                        key("ASEAN Regional Forum"),
                        key("ASEAN Plus Three"),
                        key("East Asia Summit"),
                        key("ADMM-Plus"),
                        key("APEC"),
                        key("Shanghai Cooperation Organisation"),
                        key("Trilateral Cooperation Secretariat"),
                        key("CICA"),
                        key("TPP"),
                        key("CPTPP"),
                        key("RCEP"),
                        key("Six Party Talks"),
                        key("Four Party Talks"),
                        key("KEDO"),
                        key("CSCAP"));
        // The seed's institutions, by the names the demo record finds them by (DemoInstitutions).
        assertThat(all)
                .contains(
                        key("Korean Peninsula Energy Development Organization"),
                        key("Trilateral Summit among China, Japan and Korea"),
                        key("Trans-Pacific Partnership"),
                        key("Northeast Asia Free Trade Agreement"),
                        key("Northeast Asian multilateral energy regime"),
                        key("Trans-Korean gas pipeline"),
                        key("Northeast Asian nuclear safety cooperation mechanism"));
    }

    @Test
    void atLeastThirtyInstitutionsAndProcesses() {
        assertThat(file.get("institutions").size())
                .as("issue 11 asks for at least 30 institutions; the small stand-in file of the archmodel branch has"
                        + " fewer, so this fails until the full regional-architecture.json is merged in its place")
                .isGreaterThanOrEqualTo(30);
    }
}
