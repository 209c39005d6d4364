package plenary.backup;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Restores the archive named by {@code plenary.restore-from} ({@code PLENARY_RESTORE_FROM}) right after Flyway
 * has built the new database's schema. Flyway runs before any bean may use the database, so the restore comes
 * before the first admin, the demo record and the first request: they all find the restored instance. A
 * refused restore stops the start, since an instance that quietly started empty would mislead.
 */
@Component
@ConditionalOnProperty("plenary.restore-from")
class RestoreAtStart implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(RestoreAtStart.class);

    private final DataSource dataSource;
    private final String archive;
    private final Path files;

    RestoreAtStart(
            DataSource dataSource,
            @Value("${plenary.restore-from}") String archive,
            @Value("${plenary.data-dir}") Path dataDir) {
        this.dataSource = dataSource;
        this.archive = archive;
        this.files = dataDir.resolve("files");
    }

    @Override
    public void migrate(Flyway flyway) {
        flyway.migrate();
        if (archive.isBlank()) {
            return;
        }
        Manifest manifest = new Restoration(dataSource, SchemaHistory.skipped(flyway))
                .restore(Path.of(archive), SchemaHistory.version(flyway), files);
        log.info(
                "Restored {} rows of {} tables from {}, written {} by Plenary {} on {}. Start without "
                        + "PLENARY_RESTORE_FROM from now on: a restore goes only into an empty database.",
                manifest.rows(),
                manifest.tables().size(),
                archive,
                manifest.createdAt(),
                manifest.plenaryVersion(),
                manifest.database());
    }
}
