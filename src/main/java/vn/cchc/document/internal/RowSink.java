package vn.cchc.document.internal;

import vn.cchc.spreadsheet.SheetRow;

/** Receives the non-blank rows of an uploaded register one by one, as they are read. */
@FunctionalInterface
public interface RowSink {

    void accept(SheetRow row);
}
