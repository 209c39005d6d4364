package plenary.backup;

import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * What Flyway knows that an archive needs: the schema version it was written at, and the history table it
 * leaves out (the restoring instance has migrated itself and keeps its own).
 */
final class SchemaHistory {

    private SchemaHistory() {}

    static String version(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null
                ? "none"
                : current.getVersion().getVersion();
    }

    static Set<String> skipped(Flyway flyway) {
        return Set.of(flyway.getConfiguration().getTable().toLowerCase(Locale.ROOT));
    }
}
