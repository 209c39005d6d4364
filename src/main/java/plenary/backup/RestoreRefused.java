package plenary.backup;

/** A restore that was refused before it changed anything, with the reason in words for whoever started it. */
class RestoreRefused extends RuntimeException {

    RestoreRefused(String message) {
        super(message);
    }

    RestoreRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
