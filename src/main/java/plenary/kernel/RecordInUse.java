package plenary.kernel;

/** A record cannot be deleted because other records still refer to it. */
public class RecordInUse extends RuntimeException {

    public RecordInUse(String message) {
        super(message);
    }
}
