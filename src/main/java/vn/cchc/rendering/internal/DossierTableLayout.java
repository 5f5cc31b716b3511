package vn.cchc.rendering.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.cchc.rendering.DossierRow;
import vn.cchc.rendering.VnFormat;

/**
 * The fixed shape of Biểu 06/VPCP/KSTT, shared by the three outputs so that they cannot drift apart:
 * 13 columns, three header rows with merged groups, a numbering row "(1)".."(13)".
 */
public final class DossierTableLayout {

    public static final int COLUMNS = 13;
    /** Rows of header text, not counting the numbering row. */
    public static final int HEADER_ROWS = 3;

    /**
     * Column widths in twips; they add up to the 165 mm text width of the Decree 30 page. A figure column is
     * just wide enough for "Trước" in bold 11 pt and for "12.345" in 12 pt with 0.8 mm cell padding.
     */
    private static final int[] WIDTHS_TWIPS = {560, 1039, 705, 705, 705, 705, 705, 705, 705, 705, 705, 705, 705};

    /** A header cell at (row, column), 0-based, spanning rowSpan rows and colSpan columns. */
    public record HeaderCell(int row, int column, int rowSpan, int colSpan, String text) {}

    /** What a header-grid position holds, for formats (Word) that need every position spelled out. */
    public enum SlotKind {
        START,
        CONTINUED_BELOW,
        COVERED
    }

    public record Slot(SlotKind kind, HeaderCell cell) {}

    private DossierTableLayout() {}

    public static List<HeaderCell> headerCells(String labelHeader) {
        return List.of(
                new HeaderCell(0, 0, 3, 1, "STT"),
                new HeaderCell(0, 1, 3, 1, labelHeader),
                new HeaderCell(0, 2, 1, 4, "Số lượng hồ sơ tiếp nhận"),
                new HeaderCell(0, 6, 1, 4, "Số lượng hồ sơ đã giải quyết"),
                new HeaderCell(0, 10, 1, 3, "Số lượng hồ sơ đang giải quyết"),
                new HeaderCell(1, 2, 2, 1, "Tổng số"),
                new HeaderCell(1, 3, 1, 2, "Trong kỳ"),
                new HeaderCell(1, 5, 2, 1, "Từ kỳ trước"),
                new HeaderCell(1, 6, 2, 1, "Tổng số"),
                new HeaderCell(1, 7, 2, 1, "Trước hạn"),
                new HeaderCell(1, 8, 2, 1, "Đúng hạn"),
                new HeaderCell(1, 9, 2, 1, "Quá hạn"),
                new HeaderCell(1, 10, 2, 1, "Tổng số"),
                new HeaderCell(1, 11, 2, 1, "Đúng hạn"),
                new HeaderCell(1, 12, 2, 1, "Quá hạn"),
                new HeaderCell(2, 3, 1, 1, "Trực tuyến"),
                new HeaderCell(2, 4, 1, 1, "Trực tiếp, dịch vụ bưu chính"));
    }

    /** Header cells of one row, left to right. */
    public static List<HeaderCell> headerRow(List<HeaderCell> cells, int row) {
        return cells.stream()
                .filter(c -> c.row() == row)
                .sorted((a, b) -> a.column() - b.column())
                .toList();
    }

    /** The header as a grid: at each (row, column) a cell starts, continues from above, or is spanned over. */
    public static Slot[][] headerGrid(List<HeaderCell> cells) {
        Slot[][] grid = new Slot[HEADER_ROWS][COLUMNS];
        for (HeaderCell cell : cells) {
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                for (int c = cell.column(); c < cell.column() + cell.colSpan(); c++) {
                    SlotKind kind = c != cell.column()
                            ? SlotKind.COVERED
                            : r == cell.row() ? SlotKind.START : SlotKind.CONTINUED_BELOW;
                    grid[r][c] = new Slot(kind, cell);
                }
            }
        }
        return grid;
    }

    /** "(1)" .. "(13)". */
    public static List<String> numberingRow() {
        List<String> labels = new ArrayList<>(COLUMNS);
        for (int i = 1; i <= COLUMNS; i++) {
            labels.add("(" + i + ")");
        }
        return labels;
    }

    /** The 13 printed cells of a data row; a figure not reported is an empty cell. */
    public static List<String> cells(DossierRow row) {
        List<String> cells = new ArrayList<>(COLUMNS);
        cells.add(Texts.nfc(row.number()));
        cells.add(Texts.nfc(row.label()));
        List<Long> figures = row.figures();
        for (int i = 0; i < figures.size(); i++) {
            String figure = VnFormat.figure(figures.get(i));
            String word = row.qualifierWords().get(i);
            // «gần 2.840»: the qualifier the clerk recorded, never on an empty cell
            cells.add(figure.isEmpty() || word.isEmpty() ? figure : Texts.nfc(word) + " " + figure);
        }
        if (row.earlyOnTimeCombined()) {
            // «trước hạn và đúng hạn» as one figure: printed in the cell spanning (8) and (9), see spans()
            cells.set(EARLY_CELL, cells.get(EARLY_CELL + 1));
            cells.set(EARLY_CELL + 1, "");
        }
        return cells;
    }

    /** Index of column (8) among the 13 cells of a row. */
    public static final int EARLY_CELL = 7;

    /**
     * How many columns each of the 13 cells spans: 1, or for a row with (8) and (9) combined, 2 at (8) and 0 at
     * (9) (a cell the writers skip). Spanning, not a footnote: a reader of the official form adds (8) and (9)
     * down the columns, and a figure standing across both cannot be mistaken for either.
     */
    public static int[] spans(DossierRow row) {
        int[] spans = new int[COLUMNS];
        Arrays.fill(spans, 1);
        if (row.earlyOnTimeCombined()) {
            spans[EARLY_CELL] = 2;
            spans[EARLY_CELL + 1] = 0;
        }
        return spans;
    }

    public static int[] widthsTwips() {
        return WIDTHS_TWIPS.clone();
    }

    public static float[] relativeWidths() {
        float[] widths = new float[COLUMNS];
        for (int i = 0; i < COLUMNS; i++) {
            widths[i] = WIDTHS_TWIPS[i];
        }
        return widths;
    }
}
