package plenary.kernel;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Deletes a record that other modules' records may still refer to. A module cannot see those records (they are
 * another module's tables), so the database's foreign keys are the check, and their refusal becomes a
 * {@link RecordInUse} that tells people what to do.
 */
public final class Deletion {

    private Deletion() {
    }

    public static void unlessReferenced(Runnable delete, String whyRefused) {
        try {
            delete.run();
        } catch (DataIntegrityViolationException e) {
            throw new RecordInUse(whyRefused);
        }
    }
}
