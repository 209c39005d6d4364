package plenary.institutions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import plenary.PlenaryIntegrationTest;
import plenary.institutions.InstitutionRevision;
import plenary.institutions.InstitutionSource;
import plenary.institutions.InstitutionView;
import plenary.institutions.Institutions;
import plenary.institutions.RelationKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PlenaryIntegrationTest
class ReferenceDataTests {

    @Autowired
    Institutions institutions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InstitutionHistory history;

    @Autowired
    DataSource dataSource;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private Map<String, InstitutionView> byKey() {
        return institutions.all().stream()
                .filter(i -> i.referenceKey() != null)
                .collect(Collectors.toMap(InstitutionView::referenceKey, Function.identity()));
    }

    @Test
    void theMigrationLoadedEveryEntryWithItsMembersRelationsAndSources() throws IOException {
        JsonNode file;
        try (InputStream in = getClass().getResourceAsStream("/" + RegionalArchitectureMigration.FILE)) {
            file = JsonMapper.builder().build().readTree(in);
        }
        Map<String, InstitutionView> stored = byKey();
        for (JsonNode entry : file.get("institutions")) {
            InstitutionView institution = stored.get(entry.get("key").asString());
            assertThat(institution).as(entry.get("key").asString()).isNotNull();
            assertThat(institution.name()).isEqualTo(entry.get("name").asString());
            assertThat(institution.members()).hasSize(entry.get("members").size());
            assertThat(institution.relations()).hasSize(entry.get("relations").size());
            assertThat(institution.sourceIndex()).isNotNull();
            assertThat(institution.source(institution.sourceIndex()).citation())
                    .isEqualTo(file.get("sources")
                            .get(entry.get("source").asString())
                            .get("citation")
                            .asString());
            institution
                    .members()
                    .forEach(
                            m -> assertThat(institution.source(m.sourceIndex())).isNotNull());
        }
        InstitutionView cptpp = stored.get("cptpp");
        assertThat(cptpp.relations()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RelationKind.SUCCESSOR_OF);
            assertThat(r.targetId())
                    .isEqualTo(stored.get("trans-pacific-partnership").id().value());
        });
        assertThat(history.of(cptpp.id().value()).get(0).changedBy()).isEqualTo("reference data version 1");
    }

    private String file(int version, String description) {
        return """
                {"version": %d,
                 "sources": {"s-%s": {"citation": "Founding statement %s", "url": null, "checked": "2026-11-30"}},
                 "institutions": [
                  {"key": "a-%s", "name": "Alpha Forum %s", "acronym": null, "aliases": [], "kind": "FORUM",
                   "status": "ACTIVE", "founded": "2001-06-15", "ended": null, "issueAreas": ["SECURITY"],
                   "description": "%s", "source": "s-%s",
                   "members": [{"state": "KR", "joined": "2001-06-15", "left": null, "source": "s-%s"}],
                   "relations": [{"kind": "PART_OF", "target": "b-%s", "source": "s-%s"}]},
                  {"key": "b-%s", "name": "Beta Forum %s", "acronym": null, "aliases": [], "kind": "FORUM",
                   "status": "ACTIVE", "founded": "1999-01-01", "ended": null, "issueAreas": [],
                   "description": "Unchanged.", "source": "s-%s", "members": [], "relations": []}
                 ]}""".formatted(version, tag, tag, tag, tag, description, tag, tag, tag, tag, tag, tag, tag);
    }

    private List<String> apply(String text) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return new ReferenceLoader(connection)
                    .apply(ReferenceData.read(text.getBytes(StandardCharsets.UTF_8), "test file"));
        }
    }

    @Test
    void aChangedEntryIsReplacedWithARevisionAndAnUnchangedOneKeepsItsLocalEdit() throws SQLException {
        assertThat(apply(file(1, "First words."))).containsExactly("a-" + tag, "b-" + tag);
        InstitutionView beta = byKey().get("b-" + tag);
        // The secretariat's edit, as the pages would save it.
        jdbc.sql("UPDATE institution SET description = 'Edited by the secretariat.' WHERE id = :id")
                .param("id", beta.id().value())
                .update();

        assertThat(apply(file(2, "Second words."))).containsExactly("a-" + tag);

        InstitutionView alpha = byKey().get("a-" + tag);
        assertThat(alpha.description()).isEqualTo("Second words.");
        assertThat(alpha.relations())
                .containsExactly(new plenary.institutions.InstitutionRelation(
                        RelationKind.PART_OF, beta.id().value(), 0));
        assertThat(alpha.sources())
                .containsExactly(new InstitutionSource("Founding statement " + tag, null, LocalDate.of(2026, 11, 30)));
        assertThat(history.of(alpha.id().value()))
                .extracting(InstitutionRevision::changedBy, InstitutionRevision::changes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("reference data version 1", List.of("created")),
                        org.assertj.core.groups.Tuple.tuple("reference data version 2", List.of("description")));
        assertThat(byKey().get("b-" + tag).description()).isEqualTo("Edited by the secretariat.");
    }

    @Test
    void aBadFileIsRefusedWholeNamingTheEntryAndTheRule() {
        String bad = file(1, "Words.")
                .replace(
                        "\"joined\": \"2001-06-15\", \"left\": null",
                        "\"joined\": \"2001-06-15\", \"left\": \"2000-01-01\"")
                .replace(
                        "\"relations\": []}",
                        "\"relations\": [{\"kind\": \"PART_OF\", \"target\": \"a-" + tag
                                + "\", \"source\": \"nowhere\"}]}");
        IllegalStateException e = catchThrowableOfType(IllegalStateException.class, () -> apply(bad));
        assertThat(e.getMessage())
                .contains("entry “a-" + tag + "”: members[0].leftOn (order): must not be before the day it joined")
                .contains("entry “b-" + tag + "”: relations[0].source (exists): names no source “nowhere”");
        assertThat(byKey()).doesNotContainKeys("a-" + tag, "b-" + tag);

        String circle = file(1, "Words.")
                .replace(
                        "\"relations\": []}",
                        "\"relations\": [{\"kind\": \"PART_OF\", \"target\": \"a-" + tag + "\", \"source\": \"s-" + tag
                                + "\"}]}");
        e = catchThrowableOfType(IllegalStateException.class, () -> apply(circle));
        assertThat(e.getMessage()).contains("entry “a-" + tag + "”: relations[0] (no-cycle)");
        assertThat(byKey()).doesNotContainKeys("a-" + tag, "b-" + tag);
        assertThat(byKey()).doesNotContainKeys("a-" + tag, "b-" + tag);
    }
}
