package vn.cchc.spreadsheet;

import vn.cchc.shared.RejectedUpload;
import vn.cchc.shared.UserFacingException;

/** The uploaded file as a whole cannot be read (not XLSX, too large, corrupt, too many rows); nothing was saved. */
public class SpreadsheetRejectedException extends UserFacingException implements RejectedUpload {

    public SpreadsheetRejectedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
