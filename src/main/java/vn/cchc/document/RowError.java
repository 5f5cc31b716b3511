package vn.cchc.document;

/** A problem with one cell (or the file's header) of an import: Excel's row number, the column's header, why. */
public record RowError(int row, String column, String message) {}
