package plenary.meetings.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the records kept in sequence stand (interventions in their session, next tasks in their meeting):
 * positions run 1…n without gaps, and a record placed at a position pushes the ones from there down by one.
 * Renumbering the neighbours is not an edit of them, so it leaves their versions alone.
 */
@Component
public class Positions {

    private final JdbcClient jdbc;

    Positions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ids in their new order once {@code id} is placed at {@code position} (1-based; null for last).
     *
     * @param ordered the ids in their current order, with or without {@code id}
     */
    public static List<Long> place(List<Long> ordered, long id, @Nullable Integer position) {
        List<Long> result = new ArrayList<>(ordered);
        result.remove(Long.valueOf(id));
        int index = position == null ? result.size() : Math.max(0, Math.min(position - 1, result.size()));
        result.add(index, id);
        return result;
    }

    /** Whether a position is one the record can take among {@code count} records (itself included). */
    public static boolean fits(@Nullable Integer position, int count) {
        return position == null || position >= 1 && position <= count;
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
