package plenary.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.directory.CommitteeForm;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeRecords;
import plenary.directory.CurrentAccount;
import plenary.directory.Nationality;
import plenary.directory.PersonForm;
import plenary.directory.PersonRecords;
import plenary.directory.Pronoun;
import tools.jackson.databind.JsonNode;

/**
 * Backups taken while another thread keeps adding committees and people who belong to them (each committee
 * committed before its person) hold rows that satisfy every foreign key, and as many rows as their manifests say.
 */
@PlenaryIntegrationTest
class BackupConsistencyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    CommitteeRecords committees;

    @Autowired
    PersonRecords people;

    @TempDir
    Path folder;

    @Test
    void backupsTakenDuringWritesHoldEveryParentOfEveryRow() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(
                () -> {
                    while (writing.get()) {
                        String name = "Consistency " + UUID.randomUUID();
                        CurrentAccount.asSystem(() -> people.create(new PersonForm(
                                name,
                                Nationality.NZ,
                                null,
                                committees
                                        .create(new CommitteeForm(
                                                name, null, CommitteeKind.MEMBER_COMMITTEE, Nationality.NZ, null))
                                        .id()
                                        .value(),
                                Pronoun.THEY,
                                null,
                                null)));
                        written.incrementAndGet();
                    }
                },
                "backup-consistency-writer");
        writer.start();
        int overlapping = 0;
        try {
            while (written.get() < 3) {
                Thread.sleep(10);
            }
            for (int i = 0; i < 5; i++) {
                int before = written.get();
                Path archive = BackupDownloads.download(mvc, folder);
                overlapping += written.get() > before ? 1 : 0;
                assertConsistent(archive);
            }
        } finally {
            writing.set(false);
            writer.join();
        }
        assertThat(overlapping).as("backups during which the writer committed").isPositive();
    }

    private void assertConsistent(Path path) throws Exception {
        Map<String, List<JsonNode>> tables = new TreeMap<>();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Manifest manifest =
                    ArchiveJson.MAPPER.readValue(zip.getInputStream(zip.getEntry(Manifest.NAME)), Manifest.class);
            for (Manifest.TableEntry table : manifest.tables()) {
                List<JsonNode> rows = new ArrayList<>();
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                        zip.getInputStream(zip.getEntry(table.entry())), StandardCharsets.UTF_8))) {
                    lines.lines().forEach(line -> rows.add(ArchiveJson.MAPPER.readTree(line)));
                }
                assertThat(rows).as(table.name()).hasSize((int) table.rows());
                tables.put(table.name(), rows);
            }
        }
        for (ForeignKey key : foreignKeys()) {
            if (SchemaHistory.LEFT_OUT.contains(key.child())) {
                continue; // the instances' sessions and typeset files are not in an archive
            }
            Set<List<String>> parents = new HashSet<>();
            tables.get(key.parent()).forEach(row -> parents.add(values(row, key.parentColumns())));
            for (JsonNode row : tables.get(key.child())) {
                List<String> refers = values(row, key.childColumns());
                if (!refers.contains(null)) {
                    assertThat(parents).as(key + " in " + row).contains(refers);
                }
            }
        }
    }

    private static List<String> values(JsonNode row, List<String> columns) {
        return columns.stream()
                .map(c -> row.get(c).isNull() ? null : row.get(c).asString())
                .toList();
    }

    /** Every foreign key of the schema, as the database itself describes them. */
    private List<ForeignKey> foreignKeys() throws Exception {
        Map<String, ForeignKey> keys = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
                while (tables.next()) {
                    try (ResultSet rs = meta.getImportedKeys(
                            connection.getCatalog(), connection.getSchema(), tables.getString("TABLE_NAME"))) {
                        while (rs.next()) {
                            ForeignKey key = keys.computeIfAbsent(
                                    rs.getString("FKTABLE_NAME") + "." + rs.getString("FK_NAME"),
                                    k -> new ForeignKey(
                                            lower(rs, "FKTABLE_NAME"),
                                            new ArrayList<>(),
                                            lower(rs, "PKTABLE_NAME"),
                                            new ArrayList<>()));
                            key.childColumns().add(lower(rs, "FKCOLUMN_NAME"));
                            key.parentColumns().add(lower(rs, "PKCOLUMN_NAME"));
                        }
                    }
                }
            }
        }
        assertThat(keys.values()).extracting(ForeignKey::child).contains("person", "meeting", "account_role");
        return List.copyOf(keys.values());
    }

    private static String lower(ResultSet rs, String column) {
        try {
            return rs.getString(column).toLowerCase();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record ForeignKey(String child, List<String> childColumns, String parent, List<String> parentColumns) {}
}
