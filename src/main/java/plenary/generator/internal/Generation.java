package plenary.generator.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * One generation into one database: the member committees first, then each study group with everything it holds,
 * one transaction a group, and at the end the tables' identities moved past the ids given.
 */
public final class Generation {

    /** The instant the search outbox's rows are dated: the generated record's notional today. */
    static final OffsetDateTime TODAY = OffsetDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC);

    private static final String[] STATUSES = {"ACTIVE", "CONCLUDING", "CONCLUDED"};
    private static final String[] CONSENSUS = {"FULL_CONSENSUS", "CONSENSUS_WITH_RESERVATIONS", "QUORUM"};

    private final DataSource database;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public Generation(DataSource database, ObjectMapper json) {
        this.database = database;
        this.jdbc = new JdbcTemplate(database);
        this.json = json;
    }

    /** What was written: groups, meetings, interventions, published reports, memoranda, versions, circulations. */
    public record Counts(
            int studyGroups,
            int meetings,
            int interventions,
            int publishedReports,
            int memoranda,
            int versions,
            int circulations,
            long rows) {}

    /** The label in the titles and names of a seed's record, which tells generated study groups apart. */
    public static String label(long seed) {
        return "seed " + seed;
    }

    /**
     * Generates the groups, meetings a group, interventions a meeting, memoranda a group and versions a memorandum
     * asked for, linking them to these institutions; the co-chairs' and rapporteurs' accounts get this hash.
     */
    public Counts run(
            long seed,
            int groups,
            int meetingsPerGroup,
            int interventionsPerMeeting,
            int memorandaPerGroup,
            int versions,
            List<Long> institutions,
            String passwordHash) {
        Tables tables = new Tables(jdbc);
        String label = label(seed);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        Cast cast = Cast.committees(tables, label);
        declareGroups(tables);
        MeetingRows.declare(tables);
        ReportRows reports = new ReportRows(tables, json);
        MemorandumRows memoranda = new MemorandumRows(tables, json, institutions);
        tables.declare("search_change", "id", "kind", "ref", "changed_at");
        int[] counts = new int[4];
        for (int g = 0; g < groups; g++) {
            int group = g;
            transaction.executeWithoutResult(status -> {
                Random random = new Random(seed * 1_000_003L + group);
                GroupCounts written = group(
                        tables,
                        random,
                        cast,
                        reports,
                        memoranda,
                        institutions,
                        label,
                        seed,
                        group,
                        meetingsPerGroup,
                        interventionsPerMeeting,
                        memorandaPerGroup,
                        versions,
                        passwordHash);
                counts[0] += written.published;
                counts[1] += written.circulated;
                tables.flush();
            });
        }
        tables.restartIdentities(postgres());
        int meetings = groups * meetingsPerGroup;
        return new Counts(
                groups,
                meetings,
                meetings * interventionsPerMeeting,
                counts[0],
                groups * memorandaPerGroup,
                groups * memorandaPerGroup * versions,
                counts[1],
                tables.written());
    }

    private record GroupCounts(int published, int circulated) {}

    private static void declareGroups(Tables tables) {
        tables.declare(
                "person", "id", "name", "nationality", "affiliation", "committee_id", "pronoun", "email", "version");
        tables.declare("account", "id", "username", "password_hash", "person_id", "enabled", "version");
        tables.declare("account_role", "account_id", "role");
        tables.declare(
                "study_group",
                "id",
                "title",
                "mandate",
                "status",
                "planned_meetings",
                "version",
                "rapporteurs_draft",
                "consensus_rule",
                "quorum");
        tables.declare("study_group_co_chair", "study_group_id", "list_index", "person_id");
        tables.declare("study_group_rapporteur", "study_group_id", "list_index", "person_id");
        tables.declare("study_group_committee", "study_group_id", "list_index", "committee_id");
    }

    private GroupCounts group(
            Tables tables,
            Random random,
            Cast cast,
            ReportRows reports,
            MemorandumRows memoranda,
            List<Long> institutions,
            String label,
            long seed,
            int g,
            int meetingsPerGroup,
            int interventionsPerMeeting,
            int memorandaPerGroup,
            int versions,
            String passwordHash) {
        List<Cast.Person> people = cast.people(tables, random, label, g + 1, passwordHash);
        long id = tables.id("study_group");
        String theme = Vocabulary.THEMES.get(g % Vocabulary.THEMES.size());
        String title = "CSCAP Study Group " + (g + 1) + " on " + theme + " (" + label + ")";
        String consensus = CONSENSUS[g % CONSENSUS.length];
        tables.add(
                "study_group",
                id,
                title,
                "To review " + theme.toLowerCase(Locale.ROOT)
                        + ", identify what promotes and what obstructs cooperation, and propose arrangements for it in a"
                        + " memorandum to the Steering Committee.",
                STATUSES[g % STATUSES.length],
                meetingsPerGroup,
                0,
                g % 5 == 0,
                consensus,
                consensus.equals("QUORUM") ? 5 : null);
        tables.add("study_group_co_chair", id, 0, people.get(0).id());
        tables.add("study_group_co_chair", id, 1, people.get(1).id());
        tables.add("study_group_rapporteur", id, 0, people.get(2).id());
        Map<Long, String> committees = new LinkedHashMap<>();
        for (Cast.Person person : people) {
            committees.putIfAbsent(
                    cast.committee(person.country().code()),
                    "CSCAP " + person.country().name() + " (" + label + ")");
        }
        int index = 0;
        for (long committee : committees.keySet()) {
            tables.add("study_group_committee", id, index++, committee);
        }
        MeetingRows meetings = new MeetingRows(tables, institutions);
        List<Long> proposals = new ArrayList<>();
        String slug = "sg-" + seed + "-" + (g + 1);
        int published = 0;
        MeetingRows.Written last = null;
        for (int m = 1; m <= meetingsPerGroup; m++) {
            int year = 2025 - meetingsPerGroup + m - g % 3;
            last = meetings.meeting(random, cast, id, m, year, people, interventionsPerMeeting);
            proposals.addAll(last.proposals());
            boolean publish = m < meetingsPerGroup;
            reports.report(title, slug, last, people.get(2).username(), publish);
            tables.add("search_change", tables.id("search_change"), "meeting", last.id(), TODAY);
            if (publish) {
                tables.add("search_change", tables.id("search_change"), "report", last.id(), TODAY);
                published++;
            }
        }
        List<MemorandumRows.Committee> recipients = committees.entrySet().stream()
                .map(e -> new MemorandumRows.Committee(e.getKey(), e.getValue()))
                .toList();
        int circulated = 0;
        for (int k = 0; k < memorandaPerGroup; k++) {
            OffsetDateTime started = (last == null ? TODAY.toLocalDate().minusYears(1) : last.endsOn())
                    .plusDays(20 + 40L * k)
                    .atTime(10, 0)
                    .atOffset(ZoneOffset.UTC);
            long memorandum = tables.peek("memorandum");
            if (memoranda.memorandum(
                    random, id, k, people.get(0).username(), started, proposals, versions, recipients)) {
                circulated++;
            }
            tables.add("search_change", tables.id("search_change"), "memorandum", memorandum, TODAY);
        }
        return new GroupCounts(published, circulated);
    }

    private boolean postgres() {
        try (Connection connection = database.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database", e);
        }
    }
}
