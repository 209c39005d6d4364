package plenary.kernel;

/** The record a command or a query names does not exist (or is not visible to the one asking). */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
