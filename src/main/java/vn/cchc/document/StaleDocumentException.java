package vn.cchc.document;

import vn.cchc.shared.ConflictException;

/** The form was opened on an older version of the document: nothing saved; carries what is stored now. */
public class StaleDocumentException extends ConflictException {

    private final transient DocumentView current;

    public StaleDocumentException(DocumentView current) {
        super("error.staleVersion");
        this.current = current;
    }

    public DocumentView current() {
        return current;
    }
}
