package plenary.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import plenary.directory.PersonId;
import plenary.meetings.MeetingId;
import plenary.meetings.PositionStance;
import plenary.meetings.ProposalTaken;
import plenary.studygroups.StudyGroupView;

/**
 * The proposals of a study group's meetings and the positions taken on them, in one statement however many
 * meetings the group holds: what a memorandum's standings are made from, without reading every meeting's record.
 */
@Component
public class ProposalsTaken {

    private static final String SELECT = """
            SELECT p.id, p.proposal_text, m.id AS meeting_id, m.ordinal, m.city, x.idx, x.stance, x.person_id, x.note,
                   CASE WHEN im.id IS NULL THEN NULL ELSE i.speaker_person_id END AS speaker_person_id
            FROM proposal p JOIN meeting m ON m.id = p.meeting_id
            LEFT JOIN proposal_position x ON x.proposal_id = p.id
            LEFT JOIN intervention i ON i.id = x.intervention_id
            LEFT JOIN meeting im ON im.id = i.meeting_id AND im.study_group_id = :group
            WHERE m.study_group_id = :group""";

    private static final String ORDER = " ORDER BY m.ordinal, m.id, p.id, x.idx";

    private final JdbcClient jdbc;

    ProposalsTaken(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every proposal of the group's meetings, in the order of the series. */
    public Set<Long> ids(long studyGroupId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT p.id FROM proposal p JOIN meeting m ON m.id = p.meeting_id"
                        + " WHERE m.study_group_id = :group ORDER BY m.ordinal, m.id, p.id")
                .param("group", studyGroupId)
                .query(Long.class)
                .list());
    }

    /** Those of these proposals (all when null) that are of the group's meetings, in the order of the series. */
    public List<ProposalTaken> of(
            long studyGroupId, @Nullable Collection<Long> proposalIds, Supplier<StudyGroupView> group) {
        if (proposalIds != null && proposalIds.isEmpty()) {
            return List.of();
        }
        JdbcClient.StatementSpec statement = proposalIds == null
                ? jdbc.sql(SELECT + ORDER)
                : jdbc.sql(SELECT + " AND p.id IN (:ids)" + ORDER).param("ids", List.copyOf(Set.copyOf(proposalIds)));
        Map<Long, Row> rows = new LinkedHashMap<>();
        statement.param("group", studyGroupId).query((ResultSet rs) -> {
            Row row = rows.computeIfAbsent(rs.getLong("id"), id -> new Row(rs));
            row.add(rs);
        });
        if (rows.isEmpty()) {
            return List.of();
        }
        Integer planned = group.get().plannedMeetings();
        return rows.values().stream()
                .map(r -> r.proposal(planned != null && r.ordinal == planned))
                .toList();
    }

    /** One proposal as its rows come, one a position. */
    private static final class Row {

        private final long id;
        private final String text;
        private final long meetingId;
        private final int ordinal;
        private final String city;
        private final List<ProposalTaken.Position> positions = new ArrayList<>();

        Row(ResultSet rs) {
            try {
                this.id = rs.getLong("id");
                this.text = rs.getString("proposal_text");
                this.meetingId = rs.getLong("meeting_id");
                this.ordinal = rs.getInt("ordinal");
                this.city = rs.getString("city");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void add(ResultSet rs) throws SQLException {
            String stance = rs.getString("stance");
            if (stance == null) {
                return; // a proposal on which no position was taken
            }
            Long holder = nullableLong(rs, "person_id");
            if (holder == null) {
                holder = nullableLong(rs, "speaker_person_id");
            }
            positions.add(new ProposalTaken.Position(
                    PositionStance.valueOf(stance),
                    holder == null ? null : new PersonId(holder),
                    rs.getString("note")));
        }

        ProposalTaken proposal(boolean finalMeeting) {
            return new ProposalTaken(id, text, new MeetingId(meetingId), ordinal, finalMeeting, city, positions);
        }
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
