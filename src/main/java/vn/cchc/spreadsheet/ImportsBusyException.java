package vn.cchc.spreadsheet;

import vn.cchc.shared.RetryLater;

/**
 * Too many uploaded files are being read at this moment; nothing was read or saved. The API answers 503 with
 * Retry-After, the pages show the message with the import form.
 */
public class ImportsBusyException extends SpreadsheetRejectedException implements RetryLater {

    public ImportsBusyException() {
        super("import.busy");
    }
}
