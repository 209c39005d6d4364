package plenary.institutions.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the reference data of the regional architecture (src/main/resources/institutions/regional-architecture.json)
 * as a repeatable Flyway migration: after the versioned migrations, and again whenever the file changes, since its
 * checksum is the file's. Spring Boot hands every {@link JavaMigration} bean to Flyway. Not while a backup is
 * restored at start: the restore needs an empty database, and the next start applies the file.
 */
@Component
@ConditionalOnExpression("'${plenary.restore-from:}'.isBlank()")
class RegionalArchitectureMigration implements JavaMigration {

    static final String FILE = "institutions/regional-architecture.json";
    private static final Logger log = LoggerFactory.getLogger(RegionalArchitectureMigration.class);

    private final byte[] file;

    RegionalArchitectureMigration() {
        this(read(FILE));
    }

    RegionalArchitectureMigration(byte[] file) {
        this.file = file.clone();
    }

    static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The reference data " + path + " is missing from the build", e);
        }
    }

    @Override
    public @Nullable MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "regional architecture reference data";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(file);
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        ReferenceData data = ReferenceData.read(file, FILE);
        List<String> changed = new ReferenceLoader(context.getConnection()).apply(data);
        log.info(
                "Applied the reference data version {}: {} of {} institutions new or changed",
                data.version,
                changed.size(),
                data.entries.size());
    }
}
