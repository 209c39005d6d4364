package plenary.search.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The search index's outbox: the table {@code search_change}, written with each change and read by the pollers. */
@Component
public class Changes {

    private final JdbcClient jdbc;
    private final Clock clock;

    public Changes(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /** A change, as a row of the outbox: what kind of thing changed, and its id. */
    public record Change(long id, String kind, long ref) {}

    /** Records a change, in the transaction of whoever calls (the change's own). */
    public void record(String kind, long ref) {
        jdbc.sql("INSERT INTO search_change (kind, ref, changed_at) VALUES (:kind, :ref, :at)")
                .param("kind", kind)
                .param("ref", ref)
                .param("at", OffsetDateTime.now(clock))
                .update();
    }

    /** The rows after an id, in order, at most {@code limit}. */
    public List<Change> after(long id, int limit) {
        return jdbc.sql("SELECT id, kind, ref FROM search_change WHERE id > :id ORDER BY id LIMIT :limit")
                .param("id", id)
                .param("limit", limit)
                .query(Change.class)
                .list();
    }

    /** The last row's id, or 0 for none. */
    public long last() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM search_change")
                .query(Long.class)
                .single();
    }
}
