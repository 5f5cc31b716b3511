package vn.cchc.rendering;

import java.util.List;
import java.util.Objects;

/**
 * The appendix on its own page: "Phụ lục", the title, the reference line and a table (for the report,
 * the tasks assigned by the higher level and their completion; for an office's report, the consolidated Biểu 06).
 *
 * @param title         the title, printed in capitals
 * @param referenceLine "(Kèm theo Báo cáo số 85/BC-UBND ngày 10/12/2023 của UBND xã Liên Mạc)"
 * @param columns       the table's columns (none when the table is {@code dossier})
 * @param rows          the rows, each with one cell per column (empty string for an empty cell)
 * @param dossier       a Biểu 06 printed instead of the columns and rows, or null
 */
public record Appendix(
        String title, String referenceLine, List<Column> columns, List<List<String>> rows, Block.DossierTable dossier) {

    /** An appendix of columns and rows. */
    public Appendix(String title, String referenceLine, List<Column> columns, List<List<String>> rows) {
        this(title, referenceLine, columns, rows, null);
    }

    /** An appendix that is one Biểu 06 table (its caption, if any, printed above it). */
    public static Appendix dossier(String title, String referenceLine, Block.DossierTable table) {
        return new Appendix(
                title,
                referenceLine,
                List.of(),
                List.of(),
                Objects.requireNonNull(table, "appendix dossier table is required"));
    }

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
        if (columns.isEmpty() && dossier == null) {
            throw new IllegalArgumentException("appendix needs at least one column");
        }
        Objects.requireNonNull(rows, "appendix rows are required");
        int width = columns.size();
        rows = rows.stream()
                .map(row -> {
                    if (row.size() != width) {
                        throw new IllegalArgumentException("appendix row " + row + " has " + row.size()
                                + " cells, the table has " + width + " columns");
                    }
                    return row.stream().map(cell -> cell == null ? "" : cell).toList();
                })
                .toList();
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
