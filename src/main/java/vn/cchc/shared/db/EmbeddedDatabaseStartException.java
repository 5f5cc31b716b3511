package vn.cchc.shared.db;

/**
 * The embedded database cannot start for a reason the operator can fix (port taken, directory not writable,
 * another instance running). The message is Vietnamese and complete: it is printed as one line, no stack trace.
 */
public class EmbeddedDatabaseStartException extends RuntimeException {

    public EmbeddedDatabaseStartException(String message) {
        super(message);
    }

    public EmbeddedDatabaseStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
