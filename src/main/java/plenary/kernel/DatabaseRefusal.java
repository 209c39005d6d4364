package plenary.kernel;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Why the database refused a write, read from the SQL state that H2 and PostgreSQL both report. Only a duplicate
 * or a reference is a conflict that people can resolve; anything else (a check or not-null constraint the rules
 * should have caught, a closed database) is a fault of Plenary's and must not be passed off as a conflict.
 *
 * @param constraint the constraint's name as the database gave it, or empty
 */
public record DatabaseRefusal(Kind kind, String constraint) {

    /** The kinds of refusal that a person can do something about, and the rest. */
    public enum Kind {
        /** A unique constraint: another record already holds the value. */
        DUPLICATE,
        /** A foreign key: the record is still referred to, or refers to one that is gone. */
        REFERENCE,
        /** Anything else: a fault, not a conflict. */
        UNEXPECTED
    }

    // PostgreSQL: ... constraint "name" ...; H2: "PUBLIC.NAME_INDEX_A ON ..." or "NAME: PUBLIC.T FOREIGN KEY ...".
    private static final Pattern POSTGRES_NAME = Pattern.compile("constraint \"([^\"]+)\"");
    private static final Pattern H2_NAME = Pattern.compile("\"(?:[A-Za-z0-9_]+\\.)?([A-Za-z0-9_]+)");

    public static DatabaseRefusal of(DataIntegrityViolationException e) {
        return sqlCause(e).map(DatabaseRefusal::of).orElse(new DatabaseRefusal(Kind.UNEXPECTED, ""));
    }

    public boolean isConflict() {
        return kind != Kind.UNEXPECTED;
    }

    private static DatabaseRefusal of(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Kind kind = switch (state) {
            case "23505" -> Kind.DUPLICATE;
            // 23503 in both (a child still refers); H2 says 23506 when the parent is missing.
            case "23503", "23506" -> Kind.REFERENCE;
            default -> Kind.UNEXPECTED;
        };
        return new DatabaseRefusal(kind, constraintName(e.getMessage()));
    }

    private static Optional<SQLException> sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static String constraintName(@Nullable String message) {
        if (message == null) {
            return "";
        }
        Matcher postgres = POSTGRES_NAME.matcher(message);
        if (postgres.find()) {
            return postgres.group(1);
        }
        Matcher h2 = H2_NAME.matcher(message);
        return h2.find() ? h2.group(1).toLowerCase().replaceAll("_index_[a-z0-9]+$", "") : "";
    }
}
