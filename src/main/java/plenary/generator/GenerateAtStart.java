package plenary.generator;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * Generates the record of the size {@code plenary.generate} ({@code PLENARY_GENERATE}: XS, S, M or L) as the
 * instance starts, after the first admin and before the demo record (which then finds study groups and loads
 * nothing), with the seed {@code plenary.generate-seed}. It refuses a database that holds study groups already,
 * generated or not, and stops the start: generating twice would mix two records.
 */
@Component
@Order(5)
@ConditionalOnExpression("'${plenary.generate:}' != ''")
class GenerateAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateAtStart.class);

    private final Generator generator;
    private final StudyGroups studyGroups;
    private final Size size;
    private final long seed;
    private final boolean demo;

    GenerateAtStart(
            Generator generator,
            StudyGroups studyGroups,
            @Value("${plenary.generate}") String size,
            @Value("${plenary.generate-seed:13}") long seed,
            @Value("${plenary.demo.enabled:false}") boolean demo) {
        this.generator = generator;
        this.studyGroups = studyGroups;
        this.size = Size.of(size);
        this.seed = seed;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<StudyGroupView> present = studyGroups.all();
        if (!present.isEmpty()) {
            long generated =
                    present.stream().filter(g -> Generator.generated(g.title())).count();
            throw new IllegalStateException(
                    generated > 0
                            ? "PLENARY_GENERATE=" + size.name()
                                    + " refused: this database holds generated data already ("
                                    + generated + " generated study groups of " + present.size() + "). Start without"
                                    + " PLENARY_GENERATE to use it, or point Plenary at an empty database."
                            : "PLENARY_GENERATE=" + size.name() + " refused: this database is not empty ("
                                    + present.size()
                                    + " study groups). The generator writes only into an empty database.");
        }
        if (size.demo()) {
            if (!demo) {
                throw new IllegalStateException("PLENARY_GENERATE=S is the demo record: start with PLENARY_DEMO=true");
            }
            log.info("PLENARY_GENERATE=S: the demo record is loaded next.");
            return;
        }
        Generated done = generator.generate(size, seed);
        log.info(
                "Generated size {} (seed {}) in {} ms: {} study groups, {} meetings, {} interventions, {} published"
                        + " reports, {} memoranda with {} versions, {} circulations; {} rows. The co-chairs' and"
                        + " rapporteurs' accounts (e.g. {}) have the password '{}'.",
                size.name(),
                seed,
                done.millis(),
                done.studyGroups(),
                done.meetings(),
                done.interventions(),
                done.publishedReports(),
                done.memoranda(),
                done.versions(),
                done.circulations(),
                done.rows(),
                "seed-" + seed + "-1-cochair1",
                Generator.PASSWORD);
    }
}
