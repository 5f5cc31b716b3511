package vn.cchc.spreadsheet;

/**
 * One cell as read: its text as shown (trimmed, never null) and, for a numeric cell (or a formula with a
 * numeric result), its number.
 */
public record SheetCell(String text, Double number) {

    public static final SheetCell BLANK = new SheetCell("", null);

    public boolean isBlank() {
        return number == null && text.isBlank();
    }
}
