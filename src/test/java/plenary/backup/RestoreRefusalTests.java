package plenary.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;

/** A restore refuses what it cannot do whole, says why, and leaves the database as it found it. */
@PlenaryIntegrationTest
class RestoreRefusalTests {

    /** What a restore leaves alone, as the application's: Flyway's history, the instances' tables, typeset files. */
    private static final Set<String> FLYWAY = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("flyway_schema_history"), SchemaHistory.LEFT_OUT.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    Path archive;

    @BeforeEach
    void backup() throws Exception {
        archive = BackupDownloads.download(mvc, folder);
    }

    @Test
    void aDatabaseWithRecordsIsRefusedAndKeepsThem() throws Exception {
        Map<String, List<List<Object>>> before = TableRows.of(dataSource);

        assertThatThrownBy(() -> new Restoration(dataSource, FLYWAY).restore(archive, schemaVersion(), null))
                .isInstanceOf(RestoreRefused.class)
                .hasMessageStartingWith("The database is not empty, so the backup was not restored into it: ")
                .hasMessageContaining("account (");
        Map<String, List<List<Object>>> after = TableRows.of(dataSource);
        // The audit appends other tests' entries after their commits, whenever its thread gets to them.
        for (String appendedAfterTheFact : List.of("audit_entry", "audit_chain", "event_publication")) {
            before.remove(appendedAfterTheFact);
            after.remove(appendedAfterTheFact);
        }
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anotherSchemaVersionIsRefused() throws Exception {
        Path older = ArchiveDamage.atSchemaVersion(archive, "4.2", folder);
        try (EmptyDatabase target = EmptyDatabase.h2()) {
            String version = target.migrate();
            assertThatThrownBy(() -> new Restoration(target.dataSource, FLYWAY).restore(older, version, null))
                    .isInstanceOf(RestoreRefused.class)
                    .hasMessage("The backup was written at schema version 4.2 (Plenary 0.1.0-SNAPSHOT), but this "
                            + "database is at schema version " + version + ": restore it with the Plenary version that "
                            + "wrote it, then upgrade.");
            assertEmpty(target);
        }
    }

    @Test
    void aChangedEntryIsRefused() throws Exception {
        refused(
                ArchiveDamage.changeOneByte(archive, "tables/meeting.jsonl", folder),
                "The backup is damaged: tables/meeting.jsonl does not match the SHA-256 its manifest gives.");
    }

    @Test
    void aMissingEntryIsRefused() throws Exception {
        refused(
                ArchiveDamage.without(archive, "tables/study_group.jsonl", folder),
                "The backup is damaged: its manifest lists tables/study_group.jsonl, which the archive does not hold.");
    }

    @Test
    void rowsTheDatabaseRefusesUndoEveryRowRestoredBeforeThem() throws Exception {
        // The co-chairs come late in the order of insertion, after people and study groups are in.
        Path broken = ArchiveDamage.rewritten(
                archive,
                "tables/study_group_co_chair.jsonl",
                text -> text.replaceFirst("\"person_id\":\\d+", "\"person_id\":987654321"),
                folder);
        try (EmptyDatabase target = EmptyDatabase.h2()) {
            String version = target.migrate();
            assertThatThrownBy(() -> new Restoration(target.dataSource, FLYWAY).restore(broken, version, null))
                    .isInstanceOf(RestoreRefused.class)
                    .hasMessageStartingWith("The backup could not be restored, so nothing was: ")
                    .hasMessageContaining("study_group_co_chair");
            assertEmpty(target);
        }
    }

    @Test
    void anArchiveCutShortBeforeItsManifestIsRefused() throws Exception {
        Path cut = ArchiveDamage.without(archive, Manifest.NAME, folder);
        refused(cut, cut + " has no manifest.json: it is not a Plenary backup, or its writing was cut short.");
    }

    @Test
    void aFileThatIsNoArchiveIsRefused() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.zip"), "not a zip");
        refused(text, text + " is not a ZIP archive, so not a Plenary backup.");
    }

    private void refused(Path damaged, String message) {
        try (EmptyDatabase target = EmptyDatabase.h2()) {
            String version = target.migrate();
            assertThatThrownBy(() -> new Restoration(target.dataSource, FLYWAY).restore(damaged, version, null))
                    .isInstanceOf(RestoreRefused.class)
                    .hasMessage(message);
            assertEmpty(target);
        }
    }

    private static void assertEmpty(EmptyDatabase target) {
        try {
            Map<String, List<List<Object>>> tables = new java.util.TreeMap<>(TableRows.of(target.dataSource));
            // The instances' lock rows come with the migrations, not with a restore.
            tables.keySet().removeAll(SchemaHistory.LEFT_OUT);
            assertThat(tables)
                    .allSatisfy((table, rows) -> assertThat(rows).as(table).isEmpty());
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private String schemaVersion() {
        try (EmptyDatabase scratch = EmptyDatabase.h2()) {
            return scratch.migrate();
        }
    }
}
