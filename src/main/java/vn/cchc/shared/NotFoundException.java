package vn.cchc.shared;

/** The thing does not exist, or the caller may not know it exists: 404, never its data. */
public class NotFoundException extends UserFacingException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
