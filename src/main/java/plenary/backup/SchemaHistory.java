package plenary.backup;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * What Flyway knows that an archive needs: the schema version it was written at, and the tables it leaves out: the
 * history table (the restoring instance has migrated itself and keeps its own), and what belongs to the running
 * instances rather than to the record (their sign-in sessions and their locks).
 */
final class SchemaHistory {

    /** The running instances' own tables (plenary.instances): sign-in sessions and locks, never in an archive. */
    static final Set<String> INSTANCES_OWN = Set.of("spring_session", "spring_session_attributes", "instance_lock");

    private SchemaHistory() {}

    static String version(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null
                ? "none"
                : current.getVersion().getVersion();
    }

    static Set<String> skipped(Flyway flyway) {
        Set<String> skipped = new HashSet<>(INSTANCES_OWN);
        skipped.add(flyway.getConfiguration().getTable().toLowerCase(Locale.ROOT));
        return Set.copyOf(skipped);
    }
}
