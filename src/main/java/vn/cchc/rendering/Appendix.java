package vn.cchc.rendering;

import java.util.List;
import java.util.Objects;

/**
 * The appendix on its own page: "Phụ lục", the title, the reference line and a table (for the report,
 * the tasks assigned by the higher level and their completion).
 *
 * @param title         the title, printed in capitals
 * @param referenceLine "(Kèm theo Báo cáo số 85/BC-UBND ngày 10/12/2023 của UBND xã Liên Mạc)"
 * @param columns       the table's columns
 * @param rows          the rows, each with one cell per column (empty string for an empty cell)
 */
public record Appendix(String title, String referenceLine, List<Column> columns, List<List<String>> rows) {

    /**
     * A column of the appendix table.
     *
     * @param header  the header text
     * @param weight  relative width
     * @param centred true to centre the cells (numbers, dates), false to justify them left
     */
    public record Column(String header, int weight, boolean centred) {
        public Column {
            Require.text(header, "appendix column header");
            if (weight <= 0) {
                throw new IllegalArgumentException("appendix column weight must be positive");
            }
        }
    }

    public Appendix {
        Require.text(title, "appendix title");
        Require.text(referenceLine, "appendix referenceLine");
        columns = List.copyOf(Objects.requireNonNull(columns, "appendix columns are required"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("appendix needs at least one column");
        }
        Objects.requireNonNull(rows, "appendix rows are required");
        int width = columns.size();
        rows = rows.stream().map(row -> {
            if (row.size() != width) {
                throw new IllegalArgumentException("appendix row " + row + " has " + row.size()
                        + " cells, the table has " + width + " columns");
            }
            return row.stream().map(cell -> cell == null ? "" : cell).toList();
        }).toList();
    }

    /** The columns of the assigned-tasks table: STT, content, assigning body / document, deadline, result. */
    public static List<Column> taskColumns() {
        return List.of(
                new Column("STT", 7, true),
                new Column("Nội dung nhiệm vụ", 33, false),
                new Column("Cơ quan giao / văn bản", 22, false),
                new Column("Thời hạn", 14, true),
                new Column("Kết quả / tình trạng", 24, false));
    }
}
