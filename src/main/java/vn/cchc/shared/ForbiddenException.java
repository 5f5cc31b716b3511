package vn.cchc.shared;

/** The caller's role or unit may not do this: 403. */
public class ForbiddenException extends UserFacingException {

    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
