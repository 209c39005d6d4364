package plenary.kernel;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Deletes a record that other modules' records may still refer to. A module cannot see those records (they are
 * another module's tables), so the database's foreign keys are the check, and their refusal becomes a
 * {@link RecordInUse} that tells people what to do. Any other refusal is a fault and goes on as it is.
 */
public final class Deletion {

    private Deletion() {}

    public static void unlessReferenced(Runnable delete, String whyRefused) {
        try {
            delete.run();
        } catch (DataIntegrityViolationException e) {
            if (DatabaseRefusal.of(e).kind() != DatabaseRefusal.Kind.REFERENCE) {
                throw e;
            }
            throw new RecordInUse(whyRefused);
        }
    }
}
