package plenary.kernel;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** Optimistic locking for edits: an edit names the version it was made on, and only the current one passes. */
public final class Versions {

    private Versions() {}

    /**
     * Refuses an edit that names no version or an older one than the stored record's.
     *
     * @param current the stored record as clients see it, returned with the 409 so that nothing is lost
     */
    public static void check(String what, @Nullable Integer given, int stored, Supplier<Object> current) {
        if (given == null) {
            throw InvalidRecord.of("version", "required", "must be given: the version of the " + what + " you edited");
        }
        if (given != stored) {
            throw new StaleEdit("The " + what, current.get());
        }
    }

    /**
     * Saves an edit that passed {@link #check}. Two edits of the same version may both pass the check at the same
     * moment; the database lets one of them save, and the other is refused here as stale with what is stored now,
     * exactly as if it had come a moment later.
     *
     * @param current reads the stored record afresh (the winner's state, not the one the check saw)
     */
    public static <T> T save(String what, Supplier<T> save, Supplier<Object> current) {
        try {
            return save.get();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEdit("The " + what, current.get());
        }
    }
}
