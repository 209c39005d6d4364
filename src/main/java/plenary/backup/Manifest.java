package plenary.backup;

import java.time.Instant;
import java.util.List;

/**
 * What an archive says about itself, written last as {@code manifest.json}: which Plenary and schema version
 * wrote it, from which database, how many rows each table had, and the SHA-256 of every other entry, so that
 * a restore can refuse a damaged or foreign archive before it writes anything.
 */
record Manifest(
        String format,
        int formatVersion,
        String plenaryVersion,
        String schemaVersion,
        Instant createdAt,
        String database,
        List<TableEntry> tables,
        List<Entry> entries) {

    static final String NAME = "manifest.json";
    static final String FORMAT = "plenary-backup";
    static final int FORMAT_VERSION = 1;

    /** A table's entry and the number of rows it holds. */
    record TableEntry(String name, String entry, long rows) {}

    /** An entry of the archive with its size and checksum. */
    record Entry(String name, long bytes, String sha256) {}

    long rows() {
        return tables.stream().mapToLong(TableEntry::rows).sum();
    }
}
