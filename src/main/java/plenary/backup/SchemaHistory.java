package plenary.backup;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * What Flyway knows that an archive needs: the schema version it was written at, and the tables it leaves out: the
 * history table (the restoring instance has migrated itself and keeps its own), what belongs to the running
 * instances rather than to the record (their sign-in sessions and their locks), and what is made again from the
 * record (publications' typeset files).
 */
final class SchemaHistory {

    /** The running instances' own tables (plenary.instances): sign-in sessions and locks, never in an archive. */
    static final Set<String> INSTANCES_OWN = Set.of("spring_session", "spring_session_attributes", "instance_lock");

    /** Made again from the record: a publication's PDF and DOCX, typeset from its document (plenary.reports). */
    static final Set<String> MADE_AGAIN = Set.of("report_publication_file");

    /** Every table an archive leaves out, but Flyway's history. */
    static final Set<String> LEFT_OUT =
            Stream.concat(INSTANCES_OWN.stream(), MADE_AGAIN.stream()).collect(Collectors.toUnmodifiableSet());

    private SchemaHistory() {}

    static String version(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null
                ? "none"
                : current.getVersion().getVersion();
    }

    static Set<String> skipped(Flyway flyway) {
        Set<String> skipped = new HashSet<>(LEFT_OUT);
        skipped.add(flyway.getConfiguration().getTable().toLowerCase(Locale.ROOT));
        return Set.copyOf(skipped);
    }
}
