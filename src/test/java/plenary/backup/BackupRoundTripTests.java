package plenary.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.directory.CurrentAccount;
import plenary.directory.Nationality;
import plenary.directory.PersonForm;
import plenary.directory.PersonRecords;
import plenary.directory.Pronoun;

/**
 * A backup of the running test instance (the demo record and some awkward values) restored into a new, empty
 * database gives back every row of every table: into the same kind of database, and across H2 and PostgreSQL.
 */
@PlenaryIntegrationTest
@RecordApplicationEvents
class BackupRoundTripTests {

    static final String NAME = "Zoë Ōtsuki-大槻 \"Ñandú\" 🙂\nline two";
    static final OffsetDateTime PUBLISHED =
            OffsetDateTime.of(2011, 11, 14, 9, 30, 15, 123_456_000, ZoneOffset.ofHours(10));

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PersonRecords people;

    @Autowired
    ApplicationEvents events;

    @TempDir
    Path folder;

    long person;
    UUID event;

    @BeforeEach
    void awkwardValues() {
        person = CurrentAccount.asSystem(() -> people.create(new PersonForm(
                        NAME + " " + UUID.randomUUID(), Nationality.JP, null, null, Pronoun.SHE, null, null)))
                .id()
                .value();
        // Microseconds, a zone other than UTC, a null, and text that is JSON itself.
        event = UUID.randomUUID();
        JdbcClient.create(dataSource)
                .sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                    completion_date, status, completion_attempts, last_resubmission_date)
                VALUES (?, 'plenary.backup.test', 'plenary.backup.Test', ?, ?, ?, 'COMPLETED', 1, NULL)""")
                .params(event, "{\"name\":\"" + "Ōtsuki\\n大槻" + "\",\"n\":1.50}", PUBLISHED, PUBLISHED.plusNanos(1_000))
                .update();
    }

    /** Tables that listeners write after a commit; the archive holds what they held when it was written. */
    private static final java.util.Set<String> WRITTEN_AFTER_THE_FACT =
            java.util.Set.of("audit_entry", "event_publication");

    @Test
    void restoresEveryRowIntoAnEmptyDatabaseOfTheSameKind() throws Exception {
        Path archive = BackupDownloads.download(mvc, folder);
        try (EmptyDatabase target = EmptyDatabase.like(dataSource, true)) {
            restoreAndCompare(archive, target);
        }
        assertThat(events.stream(BackupWritten.class)).singleElement().satisfies(written -> {
            assertThat(written.account()).isEqualTo("admin");
            assertThat(written.rows()).isGreaterThan(100);
        });
    }

    @Test
    void restoresEveryRowIntoAnEmptyDatabaseOfTheOtherKind() throws Exception {
        assumeTrue(EmptyDatabase.postgresAvailable(), "PLENARY_TEST_PG_URL names no PostgreSQL server");
        Path archive = BackupDownloads.download(mvc, folder);
        try (EmptyDatabase target = EmptyDatabase.like(dataSource, false)) {
            assertThat(EmptyDatabase.isPostgres(target.dataSource)).isNotEqualTo(EmptyDatabase.isPostgres(dataSource));
            restoreAndCompare(archive, target);
        }
    }

    private void restoreAndCompare(Path archive, EmptyDatabase target) throws Exception {
        String version = target.migrate();
        java.util.Set<String> skipped = new java.util.HashSet<>(SchemaHistory.LEFT_OUT);
        skipped.add("flyway_schema_history");
        new Restoration(target.dataSource, skipped).restore(archive, version, null);

        Map<String, List<List<Object>>> restored = TableRows.of(target.dataSource);
        Map<String, List<List<Object>>> source = TableRows.of(dataSource);
        assertThat(restored.keySet()).isEqualTo(source.keySet());
        for (String table : source.keySet()) {
            if (SchemaHistory.LEFT_OUT.contains(table)) {
                continue; // the instances' sessions and locks, and typeset files, are not in an archive
            }
            if (table.equals("audit_chain")) {
                continue; // its head moves with every entry appended since: checked against the archive's entries below
            }
            if (WRITTEN_AFTER_THE_FACT.contains(table)) {
                // The audit hears of the backup (and of other tests' doings) after commit, on a thread of its own:
                // entries and event publications may have been added since, but every one in the archive is there.
                assertThat(source.get(table)).as(table).containsAll(restored.get(table));
            } else {
                assertThat(restored.get(table)).as(table).containsExactlyElementsOf(source.get(table));
            }
        }
        List<List<Object>> entries = restored.get("audit_entry");
        assertThat(restored.get("audit_chain"))
                .as("the restored chain's head is its last entry's hash")
                .singleElement()
                .satisfies(head -> assertThat(head.get(1))
                        .isEqualTo(
                                entries.isEmpty()
                                        ? "0".repeat(64)
                                        : entries.get(entries.size() - 1).get(8)));

        JdbcClient restoredDb = JdbcClient.create(target.dataSource);
        List<String> restoredPerson = restoredDb
                .sql("SELECT name, affiliation, nationality FROM person WHERE id = ?")
                .param(person)
                .query((rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(restoredPerson.get(0)).startsWith(NAME);
        assertThat(restoredPerson.subList(1, 3)).containsExactly(null, "JP");
        assertThat(restoredDb
                        .sql("SELECT publication_date, completion_date, serialized_event FROM event_publication "
                                + "WHERE id = ?")
                        .param(event)
                        .query((rs, n) -> List.of(
                                rs.getObject(1, OffsetDateTime.class).toInstant(),
                                rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getString(3)))
                        .single())
                .containsExactly(
                        PUBLISHED.toInstant(),
                        PUBLISHED.plusNanos(1_000).toInstant(),
                        "{\"name\":\"Ōtsuki\\n大槻\",\"n\":1.50}");
        assertThat(restoredDb
                        .sql("SELECT title FROM study_group")
                        .query(String.class)
                        .list())
                .contains("CSCAP Study Group on Multilateral Security Governance in Northeast Asia");

        // Identities continue after the restored rows instead of colliding with them.
        long committee = restoredDb
                .sql("SELECT MAX(id) FROM committee")
                .query(Long.class)
                .single();
        restoredDb
                .sql("INSERT INTO committee (name, kind) VALUES ('After the restore', 'MEMBER')")
                .update();
        assertThat(restoredDb
                        .sql("SELECT id FROM committee WHERE name = 'After the restore'")
                        .query(Long.class)
                        .single())
                .isGreaterThan(committee);
    }
}
