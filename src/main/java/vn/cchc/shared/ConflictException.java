package vn.cchc.shared;

/** The state does not allow the action (a frozen report, a stale version): 409 with a Vietnamese reason. */
public class ConflictException extends UserFacingException {

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
