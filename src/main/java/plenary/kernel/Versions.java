package plenary.kernel;

import java.util.function.Supplier;

/** Optimistic locking for edits: an edit names the version it was made on, and only the current one passes. */
public final class Versions {

    private Versions() {
    }

    /**
     * Refuses an edit that names no version or an older one than the stored record's.
     *
     * @param current the stored record as clients see it, returned with the 409 so that nothing is lost
     */
    public static void check(String what, Integer given, int stored, Supplier<Object> current) {
        if (given == null) {
            throw InvalidRecord.of("version", "required", "must be given: the version of the " + what + " you edited");
        }
        if (given != stored) {
            throw new StaleEdit("The " + what, current.get());
        }
    }
}
