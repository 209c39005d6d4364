/**
 * Backup and restore of the whole instance: a ZIP archive with every table of the database (one JSON line per
 * row, in a form both H2 and PostgreSQL read back), the stored files under {@code plenary.data-dir/files}, and
 * a manifest with the schema version, row counts and a SHA-256 of every entry. The secretariat downloads one
 * from the running instance; a new, empty instance restores it at start ({@code plenary.restore-from}).
 *
 * <p>Unlike every other module, this one reads and writes all tables, and it does so generically through JDBC
 * metadata rather than through the other modules' APIs: a backup must capture the database exactly, in one
 * snapshot, including what no API shows (password hashes, versions, pending events), and it must not need to
 * change when a module adds a table. Nothing depends on this module: its one bean, {@code Backups}, serves only
 * its own page and API, and it publishes {@link plenary.backup.BackupWritten} for whoever keeps an audit trail.
 */
@NullMarked
package plenary.backup;

import org.jspecify.annotations.NullMarked;
