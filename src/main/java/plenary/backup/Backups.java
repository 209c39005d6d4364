package plenary.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes the archive of the running instance for the secretariat, and tells the rest of Plenary it did. */
@Service
@PreAuthorize("hasRole('SECRETARIAT')")
class Backups {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Flyway flyway;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final String plenaryVersion;
    private final Path files;

    Backups(
            DataSource dataSource,
            Flyway flyway,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            @Value("${plenary.version:unknown}") String plenaryVersion,
            @Value("${plenary.data-dir}") Path dataDir) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.events = events;
        this.transaction = transaction;
        this.plenaryVersion = plenaryVersion;
        this.files = dataDir.resolve("files");
    }

    /** Writes the archive to the stream as it reads the database; the stream is left open. */
    BackupWritten write(OutputStream out) throws IOException {
        Manifest manifest;
        try {
            manifest = new ArchiveWriter(dataSource, SchemaHistory.skipped(flyway))
                    .write(out, plenaryVersion, SchemaHistory.version(flyway), files);
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be read for the backup: " + e.getMessage(), e);
        }
        // @PreAuthorize let only the signed-in secretariat in.
        Authentication signedIn =
                Objects.requireNonNull(SecurityContextHolder.getContext().getAuthentication());
        BackupWritten written =
                new BackupWritten(signedIn.getName(), manifest.createdAt(), manifest.schemaVersion(), manifest.rows());
        // Published in a transaction so that Modulith's registry keeps it until its listeners have handled it.
        transaction.executeWithoutResult(status -> events.publishEvent(written));
        return written;
    }

    /** What the backup page tells the secretariat about the instance it would archive. */
    BackupFacts facts() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new BackupFacts(
                    plenaryVersion,
                    SchemaHistory.version(flyway),
                    meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(),
                    files.toAbsolutePath().toString());
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be asked what it is: " + e.getMessage(), e);
        }
    }

    static String fileName(Instant at) {
        return "plenary-backup-" + STAMP.format(at) + ".zip";
    }
}
