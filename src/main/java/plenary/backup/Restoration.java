package plenary.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import plenary.backup.Catalog.Column;
import plenary.backup.Catalog.Table;
import plenary.backup.Manifest.TableEntry;

/**
 * Restores an archive into an empty database (and an empty folder of stored files) in one transaction: the
 * archive is checked whole first, rows go in so that every foreign key finds its parent, and a refusal at any
 * point leaves the database as it was.
 */
final class Restoration {

    private final DataSource dataSource;
    private final Set<String> skipped;

    Restoration(DataSource dataSource, Set<String> skipped) {
        this.dataSource = dataSource;
        this.skipped = skipped;
    }

    /** Restores the archive at {@code path}, with its stored files into {@code files} (when given). */
    Manifest restore(Path path, String schemaVersion, @Nullable Path files) {
        try (Archive archive = Archive.open(path)) {
            Manifest manifest = archive.manifest();
            if (!manifest.schemaVersion().equals(schemaVersion)) {
                throw new RestoreRefused("The backup was written at schema version " + manifest.schemaVersion()
                        + " (Plenary " + manifest.plenaryVersion() + "), but this database is at schema version "
                        + schemaVersion + ": restore it with the Plenary version that wrote it, then upgrade.");
            }
            StoredFiles.requireEmpty(files);
            try (Connection connection = dataSource.getConnection()) {
                restore(connection, archive, files);
            } catch (SQLException e) {
                throw new RestoreRefused(
                        "The database refused the backup's rows, so nothing was restored: " + e.getMessage(), e);
            }
            return manifest;
        }
    }

    private void restore(Connection connection, Archive archive, @Nullable Path files) throws SQLException {
        connection.setAutoCommit(false);
        Path unpacked = null;
        try {
            Catalog catalog = Catalog.of(connection, skipped);
            Map<String, TableEntry> entries = entries(archive.manifest(), catalog);
            requireEmpty(connection, catalog);
            unpacked = StoredFiles.unpack(archive, files);
            for (Table table : catalog.tables()) {
                // entries() refused an archive that leaves out a table of the catalog.
                new TableRestore(connection, table).insert(archive, Objects.requireNonNull(entries.get(table.key())));
            }
            // Last, because H2 commits before any DDL: everything that could still refuse has been checked.
            Dialect dialect = Dialect.of(connection);
            for (Table table : catalog.tables()) {
                for (Column column : table.columns()) {
                    if (column.identity()) {
                        dialect.restartIdentity(connection, table, column);
                    }
                }
            }
            connection.commit();
            StoredFiles.moveIntoPlace(unpacked, files);
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            StoredFiles.discard(unpacked);
            if (e instanceof RestoreRefused refused) {
                throw refused;
            }
            throw new RestoreRefused("The backup could not be restored, so nothing was: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static Map<String, TableEntry> entries(Manifest manifest, Catalog catalog) {
        Map<String, TableEntry> entries = manifest.tables().stream()
                .collect(Collectors.toMap(TableEntry::name, Function.identity(), (a, b) -> a, TreeMap::new));
        List<String> unknown =
                entries.keySet().stream().filter(t -> catalog.table(t) == null).toList();
        List<String> missing = catalog.tables().stream()
                .map(Table::key)
                .filter(t -> !entries.containsKey(t))
                .toList();
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw new RestoreRefused("The backup's tables differ from this database's: "
                    + (unknown.isEmpty() ? "" : "unknown here " + unknown + " ")
                    + (missing.isEmpty() ? "" : "missing from the backup " + missing));
        }
        return entries;
    }

    private static void requireEmpty(Connection connection, Catalog catalog) throws SQLException {
        List<String> filled = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (Table table : catalog.tables()) {
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table.quoted())) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        filled.add(table.key() + " (" + rs.getLong(1) + " rows)");
                    }
                }
            }
        }
        if (!filled.isEmpty()) {
            throw new RestoreRefused("The database is not empty, so the backup was not restored into it: "
                    + String.join(", ", filled) + ". Restore only into a new instance, on its first start.");
        }
    }
}
