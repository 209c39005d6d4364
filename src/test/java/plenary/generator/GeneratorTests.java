package plenary.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import plenary.PlenaryIntegrationTest;
import plenary.PostgresTestDatabase;
import plenary.circulation.CirculationView;
import plenary.circulation.Circulations;
import plenary.directory.CurrentAccount;
import plenary.documents.Document;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumSummary;
import plenary.drafting.VersionSummary;
import plenary.meetings.MeetingRecord;
import plenary.meetings.MeetingSummary;
import plenary.meetings.Meetings;
import plenary.reports.PublishedReports;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * The generator at size XS: one seed always writes the same rows, and what it writes reads through the modules'
 * own APIs, in the numbers the size defines.
 */
@PlenaryIntegrationTest
class GeneratorTests {

    @Autowired
    Generator generator;

    @Autowired
    StudyGroups studyGroups;

    @Autowired
    Meetings meetings;

    @Autowired
    PublishedReports reports;

    @Autowired
    Memoranda memoranda;

    @Autowired
    Circulations circulations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameSeedWritesTheSameRows() throws Exception {
        List<Long> institutions = List.of();
        try (Fresh first = Fresh.database();
                Fresh second = Fresh.database();
                Fresh third = Fresh.database()) {
            generator.generate(Size.XS, 7, first.dataSource, institutions, "{noop}same");
            generator.generate(Size.XS, 7, second.dataSource, institutions, "{noop}same");
            generator.generate(Size.XS, 8, third.dataSource, institutions, "{noop}same");

            String digest = first.digest();
            assertThat(second.digest()).isEqualTo(digest);
            assertThat(third.digest()).isNotEqualTo(digest);
        }
    }

    @Test
    void whatItWritesReadsThroughTheModulesInTheSizesNumbers() {
        long seed = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);

        Generated done = generator.generate(Size.XS, seed);

        // XS: 2 groups of 2 meetings of 20 interventions; each group's last report a draft, its first memorandum
        // circulated; 10 versions a memorandum.
        assertThat(done.studyGroups()).isEqualTo(2);
        assertThat(done.meetings()).isEqualTo(4);
        assertThat(done.interventions()).isEqualTo(80);
        assertThat(done.publishedReports()).isEqualTo(2);
        assertThat(done.memoranda()).isEqualTo(2);
        assertThat(done.versions()).isEqualTo(20);
        assertThat(done.circulations()).isEqualTo(2);
        CurrentAccount.asSystem(() -> {
            List<StudyGroupView> groups = studyGroups.all().stream()
                    .filter(g -> g.title().endsWith("(seed " + seed + ")"))
                    .toList();
            assertThat(groups).hasSize(2);
            int interventions = 0;
            int published = 0;
            List<Long> meetingIds = new ArrayList<>();
            for (StudyGroupView group : groups) {
                List<MeetingSummary> series = meetings.ofStudyGroup(group.id());
                assertThat(series).hasSize(2);
                for (MeetingSummary summary : series) {
                    MeetingRecord record = meetings.record(summary.id()).orElseThrow();
                    assertThat(record.sessions()).hasSize(4);
                    assertThat(record.proposals()).hasSize(3);
                    interventions += record.sessions().stream()
                            .mapToInt(s -> s.interventionsInOrder().size())
                            .sum();
                    assertThat(meetings.described(record).sessions()).hasSize(4);
                    Optional<Document> report = reports.lastPublication(summary.id());
                    if (report.isPresent()) {
                        published++;
                        assertThat(report.get().status()).startsWith("Published report no. ");
                        assertThat(report.get().contents().get(0).subsections()).hasSize(4);
                    }
                    meetingIds.add(summary.id().value());
                }
                List<MemorandumSummary> written = memoranda.ofStudyGroup(group.id());
                assertThat(written).hasSize(1);
                long memorandum = written.get(0).id().value();
                List<VersionSummary> versions = memoranda.versions(memorandum);
                assertThat(versions).extracting(VersionSummary::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
                assertThat(memoranda.versionText(memorandum, 10).sections()).hasSize(5);
                assertThat(memoranda.find(memorandum).title()).startsWith("Memorandum 1 on ");
                List<CirculationView> sent = circulations.ofMemorandum(memorandum);
                assertThat(sent).hasSize(1);
                CirculationView circulation =
                        circulations.find(memorandum, sent.get(0).id());
                assertThat(circulation.version()).isEqualTo(10);
                assertThat(circulation.comments()).hasSize(3);
                assertThat(circulation.amendments()).hasSize(2);
                assertThat(circulation.recipients()).hasSize(8);
            }
            assertThat(interventions).isEqualTo(80);
            assertThat(published).isEqualTo(2);
            assertThat(outboxRows("meeting", meetingIds)).isEqualTo(4);
            assertThat(outboxRows("report", meetingIds)).isEqualTo(2);
            return null;
        });
    }

    @Test
    void whatIsWrittenAfterTheGeneratedRowsTakesIdsPastThem() {
        generator.generate(Size.XS, 4242);
        Long highest = jdbc.queryForObject("SELECT MAX(id) FROM search_change", Long.class);

        // The first change after generation (a comment's, at size L) collided once with a generated row's id.
        jdbc.update("INSERT INTO search_change (kind, ref, changed_at) VALUES ('test', 0, CURRENT_TIMESTAMP)");
        Long written = jdbc.queryForObject("SELECT MAX(id) FROM search_change WHERE kind = 'test'", Long.class);
        jdbc.update("DELETE FROM search_change WHERE kind = 'test'");

        assertThat(written).isGreaterThan(highest);
    }

    @Test
    void startsRefuseADatabaseThatHoldsStudyGroups() {
        GenerateAtStart atStart = new GenerateAtStart(generator, studyGroups, "XS", 5, false);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> atStart.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refused");
    }

    private int outboxRows(String kind, List<Long> refs) {
        return refs.stream()
                .mapToInt(ref -> jdbc.queryForObject(
                        "SELECT COUNT(*) FROM search_change WHERE kind = ? AND ref = ?", Integer.class, kind, ref))
                .sum();
    }

    /** A new, empty database built by Flyway: in memory on H2, a schema of its own on PostgreSQL. */
    private static final class Fresh implements AutoCloseable {

        final DriverManagerDataSource dataSource;
        private final String schema;
        private final boolean postgres;

        private Fresh(DriverManagerDataSource dataSource, String schema, boolean postgres) {
            this.dataSource = dataSource;
            this.schema = schema;
            this.postgres = postgres;
        }

        static Fresh database() {
            boolean postgres = "postgres".equals(System.getProperty("plenary.test.database"));
            Fresh fresh;
            if (postgres) {
                String schema = PostgresTestDatabase.newSchema("gen_");
                fresh = new Fresh(
                        new DriverManagerDataSource(
                                PostgresTestDatabase.url(schema),
                                PostgresTestDatabase.user(),
                                PostgresTestDatabase.password()),
                        schema,
                        true);
            } else {
                fresh = new Fresh(
                        new DriverManagerDataSource(
                                "jdbc:h2:mem:gen-" + UUID.randomUUID()
                                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                                "sa",
                                ""),
                        "public",
                        false);
            }
            Flyway.configure()
                    .dataSource(fresh.dataSource)
                    .schemas(fresh.schema)
                    .defaultSchema(fresh.schema)
                    .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres ? "postgresql" : "h2"))
                    .outOfOrder(true)
                    .load()
                    .migrate();
            return fresh;
        }

        /** A SHA-256 of every row of every table but Flyway's history (which dates its own runs). */
        String digest() throws NoSuchAlgorithmException {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            List<String> tables = jdbc.queryForList(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                            + " AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name",
                    String.class,
                    schema);
            assertThat(tables).contains("intervention", "memorandum_version", "report_publication");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String table : tables) {
                if (table.equals("flyway_schema_history")) {
                    continue;
                }
                List<String> rows = jdbc.query("SELECT * FROM " + table, (ResultSet rs, int n) -> row(rs));
                rows.sort(null);
                sha.update((table + ":" + rows.size() + "\n").getBytes(StandardCharsets.UTF_8));
                rows.forEach(r -> sha.update(r.getBytes(StandardCharsets.UTF_8)));
            }
            return HexFormat.of().formatHex(sha.digest());
        }

        private static String row(ResultSet rs) throws SQLException {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.append(rs.getString(c)).append('\u0001');
            }
            return row.append('\n').toString();
        }

        @Override
        public void close() {
            if (postgres) {
                new JdbcTemplate(dataSource).execute("DROP SCHEMA " + schema + " CASCADE");
            } else {
                new JdbcTemplate(dataSource).execute("SHUTDOWN");
            }
        }
    }
}
