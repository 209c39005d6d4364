package plenary.kernel;

/**
 * An edit was made on an older version of a record than the one stored; it carries the current state so
 * that the editor can merge by hand. Nothing was changed.
 */
public class StaleEdit extends RuntimeException {

    private final transient Object current;

    public StaleEdit(String what, Object current) {
        super(what + " was changed by someone else since you loaded it");
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
