package plenary.meetings.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import plenary.meetings.InterventionKind;
import plenary.meetings.LinkChoice;

/** Where interventions named by others (links, positions) stand: their study group, meeting and session. */
@Component
public class InterventionTargets {

    /** An intervention as seen from a link to it. */
    public record Target(
            long id, long studyGroupId, long meetingId, int meetingOrdinal, int sessionNumber, InterventionKind kind) {

        public LinkCheck.Place place() {
            return new LinkCheck.Place(id, studyGroupId, meetingOrdinal);
        }
    }

    private static final String SELECT = """
            SELECT i.id, m.study_group_id, m.id AS meeting_id, m.ordinal, s.session_number, i.kind, i.summary
            FROM intervention i JOIN meeting m ON m.id = i.meeting_id JOIN meeting_session s ON s.id = i.session_id
            """;

    private final JdbcClient jdbc;

    InterventionTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The interventions with these ids, by id; unknown ids are left out. */
    public Map<Long, Target> find(Collection<Long> ids) {
        List<Long> known =
                ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (known.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(SELECT + " WHERE i.id IN (:ids)")
                .param("ids", known)
                .query((rs, n) -> new Target(
                        rs.getLong("id"),
                        rs.getLong("study_group_id"),
                        rs.getLong("meeting_id"),
                        rs.getInt("ordinal"),
                        rs.getInt("session_number"),
                        InterventionKind.valueOf(rs.getString("kind"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Target::id, Function.identity()));
    }

    /** The interventions a new link from a meeting may point to: its group's, at that meeting or earlier ones. */
    public List<LinkChoice> choices(long studyGroupId, int upToOrdinal) {
        return jdbc.sql(SELECT + " WHERE m.study_group_id = :group AND m.ordinal <= :ordinal"
                        + " ORDER BY m.ordinal, s.session_number, i.position")
                .param("group", studyGroupId)
                .param("ordinal", upToOrdinal)
                .query((rs, n) -> new LinkChoice(
                        rs.getLong("id"),
                        rs.getLong("meeting_id"),
                        rs.getInt("ordinal"),
                        rs.getInt("session_number"),
                        InterventionKind.valueOf(rs.getString("kind")),
                        rs.getString("summary")))
                .list();
    }
}
