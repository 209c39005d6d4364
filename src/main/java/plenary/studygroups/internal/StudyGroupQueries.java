package plenary.studygroups.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.CommitteeId;
import plenary.directory.PersonId;
import plenary.studygroups.ConsensusRule;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupStatus;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * Reads study groups with their co-chairs, rapporteurs and committees in one statement, however many groups are
 * read: the three lists come as rows of one union, each row a member of one list at its index.
 */
@Component
@Transactional(readOnly = true)
class StudyGroupQueries implements StudyGroups {

    private static final String SELECT = """
            SELECT g.id, g.title, g.mandate, g.status, g.planned_meetings, g.rapporteurs_draft, g.consensus_rule,
                   g.quorum, g.version, x.list, x.member_id, x.list_index
            FROM study_group g LEFT JOIN (
                SELECT study_group_id, 1 AS list, person_id AS member_id, list_index FROM study_group_co_chair
                UNION ALL
                SELECT study_group_id, 2 AS list, person_id AS member_id, list_index FROM study_group_rapporteur
                UNION ALL
                SELECT study_group_id, 3 AS list, committee_id AS member_id, list_index FROM study_group_committee
            ) x ON x.study_group_id = g.id
            """;

    private final JdbcClient jdbc;

    StudyGroupQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StudyGroupView> all() {
        return read(jdbc.sql(SELECT + " ORDER BY g.title, g.id, x.list, x.list_index"));
    }

    @Override
    public Optional<StudyGroupView> find(StudyGroupId id) {
        return read(jdbc.sql(SELECT + " WHERE g.id = :id ORDER BY x.list, x.list_index")
                        .param("id", id.value()))
                .stream()
                .findFirst();
    }

    @Override
    public List<StudyGroupId> ledBy(PersonId person) {
        return jdbc.sql("""
                        SELECT study_group_id FROM study_group_co_chair WHERE person_id = :person
                        UNION
                        SELECT study_group_id FROM study_group_rapporteur WHERE person_id = :person
                        ORDER BY study_group_id""")
                .param("person", person.value())
                .query((rs, row) -> new StudyGroupId(rs.getLong(1)))
                .list();
    }

    private static List<StudyGroupView> read(JdbcClient.StatementSpec statement) {
        Map<Long, Row> groups = new LinkedHashMap<>();
        statement.query(rs -> {
            long id = rs.getLong("id");
            Row group = groups.get(id);
            if (group == null) {
                Integer planned = rs.getObject("planned_meetings", Integer.class);
                Integer quorum = rs.getObject("quorum", Integer.class);
                group = new Row(
                        id,
                        rs.getString("title"),
                        rs.getString("mandate"),
                        StudyGroupStatus.valueOf(rs.getString("status")),
                        planned,
                        rs.getBoolean("rapporteurs_draft"),
                        ConsensusRule.valueOf(rs.getString("consensus_rule")),
                        quorum,
                        rs.getInt("version"));
                groups.put(id, group);
            }
            long member = rs.getLong("member_id");
            if (!rs.wasNull()) {
                switch (rs.getInt("list")) {
                    case 1 -> group.coChairs.add(new PersonId(member));
                    case 2 -> group.rapporteurs.add(new PersonId(member));
                    default -> group.committees.add(new CommitteeId(member));
                }
            }
        });
        return groups.values().stream().map(Row::view).toList();
    }

    /** A group being read, its lists filled row by row. */
    private record Row(
            long id,
            String title,
            @Nullable String mandate,
            StudyGroupStatus status,
            @Nullable Integer plannedMeetings,
            boolean rapporteursDraft,
            ConsensusRule consensusRule,
            @Nullable Integer quorum,
            int version,
            List<PersonId> coChairs,
            List<PersonId> rapporteurs,
            List<CommitteeId> committees) {

        Row(
                long id,
                String title,
                @Nullable String mandate,
                StudyGroupStatus status,
                @Nullable Integer plannedMeetings,
                boolean rapporteursDraft,
                ConsensusRule consensusRule,
                @Nullable Integer quorum,
                int version) {
            this(
                    id,
                    title,
                    mandate,
                    status,
                    plannedMeetings,
                    rapporteursDraft,
                    consensusRule,
                    quorum,
                    version,
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>());
        }

        StudyGroupView view() {
            return new StudyGroupView(
                    new StudyGroupId(id),
                    title,
                    mandate,
                    status,
                    plannedMeetings,
                    List.copyOf(coChairs),
                    List.copyOf(rapporteurs),
                    List.copyOf(committees),
                    rapporteursDraft,
                    consensusRule,
                    quorum,
                    version);
        }
    }
}
