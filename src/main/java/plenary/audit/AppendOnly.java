package plenary.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/** H2's trigger on {@code audit_entry} (db/vendor/h2): refuses every change and deletion of an entry. */
public class AppendOnly implements Trigger {

    @Override
    public void fire(Connection connection, Object @Nullable [] before, Object @Nullable [] after) throws SQLException {
        throw new SQLException(
                "audit entries are appended only: " + (after == null ? "DELETE" : "UPDATE") + " refused");
    }
}
