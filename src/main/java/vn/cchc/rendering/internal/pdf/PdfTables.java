package vn.cchc.rendering.internal.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import vn.cchc.rendering.Appendix;
import vn.cchc.rendering.Block;
import vn.cchc.rendering.DossierRow;
import vn.cchc.rendering.internal.DossierTableLayout;
import vn.cchc.rendering.internal.DossierTableLayout.HeaderCell;
import vn.cchc.rendering.internal.FigureFit;
import vn.cchc.rendering.internal.pdf.PdfFonts.Face;

/** The bordered tables: Biểu 06 with merged headers, and the appendix table; header rows repeat on each page. */
final class PdfTables {

    static final float HEADER_SIZE = 11;
    static final float CELL_SIZE = 12;

    private PdfTables() {}

    /** Biểu 06; the first {@link #dossierHeaderRows()} rows repeat on every page. */
    static PdfPTable dossier(Block.DossierTable model) {
        PdfPTable table = PdfCells.table(DossierTableLayout.relativeWidths());
        List<HeaderCell> cells = DossierTableLayout.headerCells(model.labelHeader());
        for (int r = 0; r < DossierTableLayout.HEADER_ROWS; r++) {
            // Positions under a rowspan from above are skipped by PdfPTable itself.
            for (HeaderCell spec : DossierTableLayout.headerRow(cells, r)) {
                PdfPCell cell = PdfCells.grid(
                        PdfText.line(spec.text(), Face.BOLD, HEADER_SIZE, Element.ALIGN_CENTER), Element.ALIGN_CENTER);
                cell.setColspan(spec.colSpan());
                cell.setRowspan(spec.rowSpan());
                table.addCell(cell);
            }
        }
        for (String label : DossierTableLayout.numberingRow()) {
            table.addCell(PdfCells.grid(
                    PdfText.line(label, Face.ITALIC, HEADER_SIZE, Element.ALIGN_CENTER), Element.ALIGN_CENTER));
        }
        table.setHeaderRows(dossierHeaderRows());
        for (DossierRow row : model.rows()) {
            List<String> values = DossierTableLayout.cells(row);
            int[] widths = DossierTableLayout.widthsTwips();
            int[] spans = DossierTableLayout.spans(row);
            for (int c = 0; c < values.size(); c++) {
                if (spans[c] == 0) continue;
                int width = spans[c] > 1 ? widths[c] + widths[c + 1] : widths[c];
                // figures shrink to fit their column rather than break inside («13.188», «500.000»)
                float size = c < 2
                        ? CELL_SIZE
                        : FigureFit.size(values.get(c), CELL_SIZE, FigureFit.points(width) - 2 * PdfCells.GRID_PADDING);
                PdfPCell cell = PdfCells.grid(
                        PdfText.line(
                                values.get(c), row.emphasis() ? Face.BOLD : Face.REGULAR, size, Element.ALIGN_LEFT),
                        c == 1 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
                cell.setColspan(spans[c]);
                table.addCell(cell);
            }
        }
        return table;
    }

    static int dossierHeaderRows() {
        return DossierTableLayout.HEADER_ROWS + 1;
    }

    static PdfPTable appendix(Appendix appendix) {
        List<Appendix.Column> columns = appendix.columns();
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).weight();
        }
        PdfPTable table = PdfCells.table(widths);
        for (Appendix.Column column : columns) {
            table.addCell(PdfCells.grid(
                    PdfText.line(column.header(), Face.BOLD, HEADER_SIZE, Element.ALIGN_CENTER), Element.ALIGN_CENTER));
        }
        table.setHeaderRows(1);
        for (List<String> row : appendix.rows()) {
            for (int c = 0; c < widths.length; c++) {
                Paragraph text = PdfText.line(row.get(c), Face.REGULAR, CELL_SIZE, Element.ALIGN_LEFT);
                int alignment = columns.get(c).centred() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT;
                PdfPCell cell = PdfCells.grid(text, alignment);
                cell.setVerticalAlignment(Element.ALIGN_TOP);
                table.addCell(cell);
            }
        }
        return table;
    }
}
