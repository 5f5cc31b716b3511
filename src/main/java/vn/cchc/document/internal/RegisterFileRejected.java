package vn.cchc.document.internal;

import vn.cchc.shared.UserFacingException;

/** The uploaded register as a whole cannot be read (empty, old .xls, corrupt, too large, too many rows). */
public class RegisterFileRejected extends UserFacingException {

    public RegisterFileRejected(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
