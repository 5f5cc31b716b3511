package vn.cchc.spreadsheet;

import java.util.List;

/** A non-empty row of the first sheet; {@code number} is the 1-based row number Excel shows. */
public record SheetRow(int number, List<SheetCell> cells) {

    public SheetCell cell(int index) {
        return index < cells.size() ? cells.get(index) : SheetCell.BLANK;
    }

    public String text(int index) {
        return cell(index).text();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(SheetCell::isBlank);
    }

    /** Excel's column letter for a 0-based index: 0 → A, 3 → D. */
    public static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) s.insert(0, (char) ('A' + i % 26));
        return s.toString();
    }
}
