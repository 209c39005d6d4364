package plenary.generator;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import plenary.generator.internal.Generation;
import plenary.institutions.Institutions;
import tools.jackson.databind.ObjectMapper;

/**
 * Generates a record of a given size from a seed: the same seed and size give the same rows in an empty
 * database. Into the instance's own database (with its reference institutions), or into another one.
 */
@Component
public class Generator {

    /** The co-chairs' and rapporteurs' password, for trying the generated record in the browser. */
    public static final String PASSWORD = "plenary-generated";

    private final DataSource database;
    private final ObjectMapper json;
    private final Institutions institutions;
    private final PasswordEncoder passwords;

    Generator(DataSource database, ObjectMapper json, Institutions institutions, PasswordEncoder passwords) {
        this.database = database;
        this.json = json;
        this.institutions = institutions;
        this.passwords = passwords;
    }

    /** Into this instance's database, the interventions linked to the institutions it knows. */
    public Generated generate(Size size, long seed) {
        List<Long> known =
                institutions.all().stream().map(i -> i.id().value()).sorted().toList();
        return generate(size, seed, database, known, java.util.Objects.requireNonNull(passwords.encode(PASSWORD)));
    }

    /** Into another database (built by Flyway), with these institutions and this hash for every account. */
    public Generated generate(Size size, long seed, DataSource target, List<Long> institutionIds, String passwordHash) {
        if (size.demo()) {
            throw new IllegalArgumentException("S is the demo record: plenary.demo loads it");
        }
        long started = System.nanoTime();
        Generation.Counts counts = new Generation(target, json)
                .run(
                        seed,
                        size.studyGroups(),
                        size.meetingsPerGroup(),
                        size.interventionsPerMeeting(),
                        size.memorandaPerGroup(),
                        size.versions(),
                        institutionIds,
                        passwordHash);
        return new Generated(
                size,
                seed,
                counts.studyGroups(),
                counts.meetings(),
                counts.interventions(),
                counts.publishedReports(),
                counts.memoranda(),
                counts.versions(),
                counts.circulations(),
                counts.rows(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Whether a study group's title is one a generation gave (it ends with the seed's label). */
    public static boolean generated(String title) {
        return title.matches(".* \\(seed -?\\d+\\)");
    }
}
