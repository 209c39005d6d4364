package plenary.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import plenary.institutions.IssueArea;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.InterventionKind;
import plenary.meetings.LinkKind;
import plenary.meetings.PositionStance;
import plenary.meetings.Stance;

/**
 * Reads everything a meeting holds in a fixed number of statements, one a table, whatever the size of its record:
 * the read model behind the meeting's record, where loading each stored part on its own would cost statements for
 * every intervention and proposal.
 */
@Component
public class MeetingParts {

    /** The stored parts of one meeting, in the order the record shows them. */
    public record Parts(
            List<Session> sessions,
            List<Participant> participants,
            List<Intervention> interventions,
            List<Proposal> proposals,
            List<NextTask> nextTasks) {}

    private final JdbcClient jdbc;

    MeetingParts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Parts of(long meetingId) {
        return new Parts(
                sessions(meetingId),
                participants(meetingId),
                interventions(meetingId),
                proposals(meetingId),
                nextTasks(meetingId));
    }

    public List<Participant> participants(long meetingId) {
        return jdbc.sql("SELECT id, meeting_id, person_id, capacity, version FROM meeting_participant"
                        + " WHERE meeting_id = :m ORDER BY id")
                .param("m", meetingId)
                .query((rs, n) -> new Participant(
                        rs.getLong("id"),
                        rs.getLong("meeting_id"),
                        rs.getLong("person_id"),
                        Capacity.valueOf(rs.getString("capacity")),
                        rs.getInt("version")))
                .list();
    }

    private List<Session> sessions(long meetingId) {
        Map<Long, List<Session.Objective>> objectives = children(
                "SELECT c.session_id AS parent, c.objective FROM session_objective c"
                        + " JOIN meeting_session p ON p.id = c.session_id WHERE p.meeting_id = :m",
                meetingId,
                (rs, n) -> new Session.Objective(rs.getString("objective")));
        return jdbc.sql("SELECT id, meeting_id, session_number, theme, chair_person_id, version FROM meeting_session"
                        + " WHERE meeting_id = :m ORDER BY session_number")
                .param("m", meetingId)
                .query((rs, n) -> new Session(
                        rs.getLong("id"),
                        rs.getLong("meeting_id"),
                        rs.getInt("session_number"),
                        rs.getString("theme"),
                        of(objectives, rs.getLong("id")),
                        nullableLong(rs, "chair_person_id"),
                        rs.getInt("version")))
                .list();
    }

    private List<Intervention> interventions(long meetingId) {
        String from = " FROM %s c JOIN intervention p ON p.id = c.intervention_id WHERE p.meeting_id = :m";
        Map<Long, List<Intervention.InstitutionRef>> institutions = children(
                "SELECT c.intervention_id AS parent, c.institution_id" + from.formatted("intervention_institution"),
                meetingId,
                (rs, n) -> new Intervention.InstitutionRef(rs.getLong("institution_id")));
        Map<Long, List<Intervention.IssueAreaRef>> issueAreas = children(
                "SELECT c.intervention_id AS parent, c.issue_area" + from.formatted("intervention_issue_area"),
                meetingId,
                (rs, n) -> new Intervention.IssueAreaRef(IssueArea.valueOf(rs.getString("issue_area"))));
        Map<Long, List<Intervention.LinkRow>> links = children(
                "SELECT c.intervention_id AS parent, c.kind, c.target_id" + from.formatted("intervention_link"),
                meetingId,
                (rs, n) -> new Intervention.LinkRow(LinkKind.valueOf(rs.getString("kind")), rs.getLong("target_id")));
        return jdbc.sql("""
                        SELECT id, meeting_id, session_id, position, speaker_person_id, kind, summary, paper_title,
                               stance, speaker_described_by, version
                        FROM intervention WHERE meeting_id = :m ORDER BY position, id""")
                .param("m", meetingId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new Intervention(
                            id,
                            rs.getLong("meeting_id"),
                            rs.getLong("session_id"),
                            rs.getInt("position"),
                            nullableLong(rs, "speaker_person_id"),
                            InterventionKind.valueOf(rs.getString("kind")),
                            rs.getString("summary"),
                            rs.getString("paper_title"),
                            nullableEnum(rs, "stance", Stance::valueOf),
                            nullableEnum(rs, "speaker_described_by", AttributionRule::valueOf),
                            of(institutions, id),
                            of(issueAreas, id),
                            of(links, id),
                            rs.getInt("version"));
                })
                .list();
    }

    private List<Proposal> proposals(long meetingId) {
        String from = " FROM %s c JOIN proposal p ON p.id = c.proposal_id WHERE p.meeting_id = :m";
        Map<Long, List<Proposal.Position>> positions = children(
                "SELECT c.proposal_id AS parent, c.stance, c.person_id, c.intervention_id, c.note"
                        + from.formatted("proposal_position"),
                meetingId,
                (rs, n) -> new Proposal.Position(
                        PositionStance.valueOf(rs.getString("stance")),
                        nullableLong(rs, "person_id"),
                        nullableLong(rs, "intervention_id"),
                        rs.getString("note")));
        Map<Long, List<Proposal.InstitutionRef>> institutions = children(
                "SELECT c.proposal_id AS parent, c.institution_id" + from.formatted("proposal_institution"),
                meetingId,
                (rs, n) -> new Proposal.InstitutionRef(rs.getLong("institution_id")));
        return jdbc.sql("SELECT id, meeting_id, intervention_id, proposal_text, version FROM proposal"
                        + " WHERE meeting_id = :m ORDER BY id")
                .param("m", meetingId)
                .query((rs, n) -> new Proposal(
                        rs.getLong("id"),
                        rs.getLong("meeting_id"),
                        nullableLong(rs, "intervention_id"),
                        rs.getString("proposal_text"),
                        of(positions, rs.getLong("id")),
                        of(institutions, rs.getLong("id")),
                        rs.getInt("version")))
                .list();
    }

    private List<NextTask> nextTasks(long meetingId) {
        Map<Long, List<NextTask.Owner>> owners = children(
                "SELECT c.next_task_id AS parent, c.person_id FROM next_task_owner c"
                        + " JOIN next_task p ON p.id = c.next_task_id WHERE p.meeting_id = :m",
                meetingId,
                (rs, n) -> new NextTask.Owner(rs.getLong("person_id")));
        return jdbc.sql("SELECT id, meeting_id, position, description, owner, due_on, due_note, version"
                        + " FROM next_task WHERE meeting_id = :m ORDER BY position, id")
                .param("m", meetingId)
                .query((rs, n) -> new NextTask(
                        rs.getLong("id"),
                        rs.getLong("meeting_id"),
                        rs.getInt("position"),
                        rs.getString("description"),
                        rs.getString("owner"),
                        of(owners, rs.getLong("id")),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getString("due_note"),
                        rs.getInt("version")))
                .list();
    }

    /** The rows of a part's collection for every part of the meeting, by the part's id, in their stored order. */
    private <T> Map<Long, List<T>> children(String select, long meetingId, RowMapper<T> row) {
        Map<Long, List<T>> byParent = new HashMap<>();
        jdbc.sql(select + " ORDER BY parent, c.idx").param("m", meetingId).query(rs -> {
            byParent.computeIfAbsent(rs.getLong("parent"), k -> new ArrayList<>())
                    .add(row.mapRow(rs, 0));
        });
        return byParent;
    }

    private static <T> List<T> of(Map<Long, List<T>> byParent, long parent) {
        return List.copyOf(byParent.getOrDefault(parent, List.of()));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static <E> @Nullable E nullableEnum(ResultSet rs, String column, Function<String, E> valueOf)
            throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : valueOf.apply(value);
    }
}
