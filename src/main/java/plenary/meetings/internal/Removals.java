package plenary.meetings.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The removal of a meeting's records: why one cannot go yet (what still refers to it, so that the delete is refused
 * with a reason), and the deletion of a whole meeting with everything it holds.
 */
@Component
public class Removals {

    private final JdbcClient jdbc;

    Removals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Why the intervention cannot go, or null when nothing refers to it. */
    public @Nullable String whyInterventionStays(long id) {
        long links =
                count("SELECT COUNT(*) FROM intervention_link WHERE target_id = :id AND intervention_id <> :id", id);
        long proposals = count("SELECT COUNT(*) FROM proposal WHERE intervention_id = :id", id)
                + count("SELECT COUNT(*) FROM proposal_position WHERE intervention_id = :id", id);
        if (links + proposals == 0) {
            return null;
        }
        return "Intervention " + id + " is referred to by " + links + " link(s) of other interventions and " + proposals
                + " proposal(s) or position(s); remove those references first.";
    }

    /** Why the meeting cannot go, or null when no other meeting's record refers into it. */
    public @Nullable String whyMeetingStays(long meetingId) {
        long links = count("""
                SELECT COUNT(*) FROM intervention_link l
                JOIN intervention s ON s.id = l.intervention_id JOIN intervention t ON t.id = l.target_id
                WHERE t.meeting_id = :id AND s.meeting_id <> :id""", meetingId);
        long positions = count("""
                SELECT COUNT(*) FROM proposal_position pp
                JOIN proposal p ON p.id = pp.proposal_id JOIN intervention t ON t.id = pp.intervention_id
                WHERE t.meeting_id = :id AND p.meeting_id <> :id""", meetingId);
        if (links + positions == 0) {
            return null;
        }
        return "Meeting " + meetingId + " cannot be deleted: interventions of other meetings link into it (" + links
                + ") or positions taken at other meetings name its interventions (" + positions
                + "); remove those references first.";
    }

    /** Deletes everything a meeting holds, children before what they refer to, and the meeting itself. */
    public void deleteMeeting(long meetingId) {
        String[] statements = {
            "DELETE FROM intervention_link WHERE intervention_id IN (SELECT id FROM intervention WHERE meeting_id = :id)",
            "DELETE FROM proposal WHERE meeting_id = :id",
            "DELETE FROM next_task WHERE meeting_id = :id",
            "DELETE FROM intervention WHERE meeting_id = :id",
            "DELETE FROM meeting_session WHERE meeting_id = :id",
            "DELETE FROM meeting_participant WHERE meeting_id = :id",
            "DELETE FROM meeting WHERE id = :id"
        };
        for (String sql : statements) {
            jdbc.sql(sql).param("id", meetingId).update();
        }
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
