package plenary.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import plenary.backup.Catalog.Column;
import plenary.backup.Catalog.Table;
import plenary.backup.Manifest.Entry;
import plenary.backup.Manifest.TableEntry;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the archive of a database and its folder of stored files to a stream, reading every table in one
 * read-only snapshot so that the archive is consistent while others keep writing, and holding one row at a
 * time in memory.
 */
final class ArchiveWriter {

    private static final int FETCH_SIZE = 500;

    private final DataSource dataSource;
    private final Set<String> skipped;

    ArchiveWriter(DataSource dataSource, Set<String> skipped) {
        this.dataSource = dataSource;
        this.skipped = skipped;
    }

    Manifest write(OutputStream out, String plenaryVersion, String schemaVersion, Path files)
            throws IOException, SQLException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        List<TableEntry> tables = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Instant createdAt = Instant.now();
        String database;
        try (Connection connection = dataSource.getConnection()) {
            Dialect dialect = Dialect.of(connection);
            DatabaseMetaData meta = connection.getMetaData();
            database = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            connection.setReadOnly(true);
            connection.setTransactionIsolation(dialect.snapshotIsolation());
            connection.setAutoCommit(false);
            try {
                for (Table table : Catalog.of(connection, skipped).tables()) {
                    String name = "tables/" + table.key() + ".jsonl";
                    long[] rows = {0};
                    entries.add(entry(zip, name, body -> rows[0] = rows(connection, table, body)));
                    tables.add(new TableEntry(table.key(), name, rows[0]));
                }
            } finally {
                // Read only: nothing to keep; ending the transaction releases the snapshot.
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
        for (Path file : storedFiles(files)) {
            String name = "files/" + files.relativize(file).toString().replace('\\', '/');
            entries.add(entry(zip, name, body -> Files.copy(file, body)));
        }
        Manifest manifest = new Manifest(
                Manifest.FORMAT,
                Manifest.FORMAT_VERSION,
                plenaryVersion,
                schemaVersion,
                createdAt,
                database,
                tables,
                entries);
        zip.putNextEntry(new ZipEntry(Manifest.NAME));
        zip.write(ArchiveJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return manifest;
    }

    private static long rows(Connection connection, Table table, OutputStream body) throws SQLException, IOException {
        List<Column> columns = table.columns();
        List<Values> values = columns.stream().map(Values::of).toList();
        String order = table.primaryKey().isEmpty()
                ? ""
                : " ORDER BY " + table.primaryKey().stream().map(Catalog::quote).collect(Collectors.joining(", "));
        String select = "SELECT " + columns.stream().map(Column::quoted).collect(Collectors.joining(", ")) + " FROM "
                + table.quoted() + order;
        long count = 0;
        try (Statement statement = connection.createStatement()) {
            // With a fetch size and no auto-commit, PostgreSQL's driver reads through a cursor, not all at once.
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery(select)) {
                while (rs.next()) {
                    ObjectNode row = ArchiveJson.MAPPER.createObjectNode();
                    for (int i = 0; i < columns.size(); i++) {
                        row.set(columns.get(i).key(), values.get(i).read(rs, i + 1));
                    }
                    body.write(ArchiveJson.MAPPER.writeValueAsBytes(row));
                    body.write('\n');
                    count++;
                }
            }
        }
        return count;
    }

    private static List<Path> storedFiles(Path files) throws IOException {
        if (files == null || !Files.isDirectory(files)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(files)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Entry entry(ZipOutputStream zip, String name, Body body) throws IOException, SQLException {
        MessageDigest sha256 = sha256();
        zip.putNextEntry(new ZipEntry(name));
        Counting counted = new Counting(new DigestOutputStream(zip, sha256));
        body.writeTo(counted);
        counted.flush();
        zip.closeEntry();
        return new Entry(name, counted.count, HexFormat.of().formatHex(sha256.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Writes one entry's content. */
    private interface Body {
        void writeTo(OutputStream out) throws IOException, SQLException;
    }

    /** Counts the bytes of an entry, and keeps its writer from closing the archive. */
    private static final class Counting extends FilterOutputStream {

        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
