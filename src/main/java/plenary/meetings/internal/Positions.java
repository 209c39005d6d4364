package plenary.meetings.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the positions of records in sequence (interventions in a session, next tasks in a meeting) running
 * 1…n. The renumbering of neighbours is not an edit of them, so it leaves their versions alone.
 */
@Component
public class Positions {

    private final JdbcClient jdbc;

    Positions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Long> interventionsOf(long sessionId) {
        return jdbc.sql("SELECT id FROM intervention WHERE session_id = :s ORDER BY position, id")
                .param("s", sessionId)
                .query(Long.class)
                .list();
    }

    public List<Long> nextTasksOf(long meetingId) {
        return jdbc.sql("SELECT id FROM next_task WHERE meeting_id = :m ORDER BY position, id")
                .param("m", meetingId)
                .query(Long.class)
                .list();
    }

    public void renumberInterventions(List<Long> ordered) {
        renumber("intervention", ordered);
    }

    public void renumberNextTasks(List<Long> ordered) {
        renumber("next_task", ordered);
    }

    private void renumber(String table, List<Long> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            jdbc.sql("UPDATE " + table + " SET position = :p WHERE id = :id AND position <> :p")
                    .param("p", i + 1)
                    .param("id", ordered.get(i))
                    .update();
        }
    }
}
