package plenary.kernel;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the rules a record breaks, so that one answer lists all of them instead of the first only.
 */
public final class Rules {

    private final List<Violation> violations = new ArrayList<>();

    public Rules check(boolean holds, String field, String rule, String message) {
        if (!holds) {
            violations.add(new Violation(field, rule, message));
        }
        return this;
    }

    public Rules required(@Nullable Object value, String field) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        return check(present, field, "required", "must be given");
    }

    public Rules maxLength(@Nullable String value, int max, String field) {
        return check(
                value == null || value.length() <= max, field, "max-length", "must be at most " + max + " characters");
    }

    private boolean broken() {
        return !violations.isEmpty();
    }

    /** Throws {@link InvalidRecord} when any rule was broken. */
    public void enforce() {
        if (broken()) {
            throw new InvalidRecord(violations);
        }
    }
}
