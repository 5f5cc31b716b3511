package vn.cchc.rendering.internal.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import vn.cchc.rendering.Appendix;
import vn.cchc.rendering.Block;
import vn.cchc.rendering.DossierRow;
import vn.cchc.rendering.internal.DossierTableLayout;
import vn.cchc.rendering.internal.DossierTableLayout.HeaderCell;
import vn.cchc.rendering.internal.DossierTableLayout.Slot;
import vn.cchc.rendering.internal.DossierTableLayout.SlotKind;
import vn.cchc.rendering.internal.FigureFit;
import vn.cchc.rendering.internal.Texts;

/** The bordered tables of the report, in the template's table style, headers repeated on every page. */
final class DocxTables {

    private static final int TEXT_WIDTH_TWIPS = 9354;
    /** The body cells' size (style CchcTableCell, 12 pt) and the template table's cell margins. */
    private static final float CELL_SIZE = 12f;

    private static final int CELL_MARGIN_TWIPS = 45;

    private DocxTables() {}

    /** Biểu 06: three header rows merged by gridSpan/vMerge, the numbering row, the data rows. */
    static void dossier(XWPFTable table, Block.DossierTable model) {
        int[] widths = DossierTableLayout.widthsTwips();
        prepare(table, widths);
        Slot[][] grid = DossierTableLayout.headerGrid(DossierTableLayout.headerCells(Texts.nfc(model.labelHeader())));
        for (int r = 0; r < DossierTableLayout.HEADER_ROWS; r++) {
            XWPFTableRow row = headerRow(table);
            for (int c = 0; c < DossierTableLayout.COLUMNS; c++) {
                Slot slot = grid[r][c];
                if (slot.kind() == SlotKind.COVERED) {
                    continue;
                }
                HeaderCell spec = slot.cell();
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr pr = cellProperties(cell, span(widths, spec.column(), spec.colSpan()));
                if (spec.colSpan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(spec.colSpan()));
                }
                if (spec.rowSpan() > 1) {
                    if (slot.kind() == SlotKind.START) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    } else {
                        pr.addNewVMerge();
                    }
                }
                pr.addNewVAlign().setVal(STVerticalJc.CENTER);
                text(
                        cell,
                        DocxStyles.TABLE_HEADER,
                        slot.kind() == SlotKind.START ? spec.text() : "",
                        ParagraphAlignment.CENTER,
                        false);
            }
        }
        XWPFTableRow numbering = headerRow(table);
        List<String> labels = DossierTableLayout.numberingRow();
        for (int c = 0; c < labels.size(); c++) {
            XWPFTableCell cell = numbering.addNewTableCell();
            cellProperties(cell, widths[c]);
            text(cell, DocxStyles.TABLE_CELL, labels.get(c), ParagraphAlignment.CENTER, true);
        }
        for (DossierRow dossierRow : model.rows()) {
            XWPFTableRow row = bodyRow(table);
            List<String> cells = DossierTableLayout.cells(dossierRow);
            int[] spans = DossierTableLayout.spans(dossierRow);
            for (int c = 0; c < cells.size(); c++) {
                if (spans[c] == 0) continue;
                int width = spans[c] > 1 ? widths[c] + widths[c + 1] : widths[c];
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr properties = cellProperties(cell, width);
                properties.addNewVAlign().setVal(STVerticalJc.CENTER);
                if (spans[c] > 1) properties.addNewGridSpan().setVal(BigInteger.valueOf(spans[c]));
                text(
                        cell,
                        DocxStyles.TABLE_CELL,
                        cells.get(c),
                        c == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER,
                        false);
                if (dossierRow.emphasis()) cell.getParagraphs().get(0).getRuns().forEach(run -> run.setBold(true));
                if (c >= 2) fit(cell, width);
            }
        }
    }

    /** The appendix table: one header row (repeated), columns sized by their weights. */
    static void appendix(XWPFTable table, Appendix appendix) {
        List<Appendix.Column> columns = appendix.columns();
        int total = columns.stream().mapToInt(Appendix.Column::weight).sum();
        int[] widths = new int[columns.size()];
        int used = 0;
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c == widths.length - 1
                    ? TEXT_WIDTH_TWIPS - used
                    : Math.round((float) TEXT_WIDTH_TWIPS * columns.get(c).weight() / total);
            used += widths[c];
        }
        prepare(table, widths);
        XWPFTableRow header = headerRow(table);
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = header.addNewTableCell();
            cellProperties(cell, widths[c]).addNewVAlign().setVal(STVerticalJc.CENTER);
            text(cell, DocxStyles.TABLE_HEADER, Texts.nfc(columns.get(c).header()), ParagraphAlignment.CENTER, false);
        }
        for (List<String> values : appendix.rows()) {
            XWPFTableRow row = bodyRow(table);
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.addNewTableCell();
                cellProperties(cell, widths[c]);
                text(
                        cell,
                        DocxStyles.TABLE_CELL,
                        Texts.nfc(values.get(c)),
                        columns.get(c).centred() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT,
                        false);
            }
        }
    }

    /** Drops what POI put into the new table and sets the template table style, a fixed layout and the grid. */
    private static void prepare(XWPFTable table, int[] widths) {
        while (table.getNumberOfRows() > 0) {
            table.removeRow(0);
        }
        CTTbl ct = table.getCTTbl();
        ct.setTblPr(CTTblPr.Factory.newInstance());
        CTTblPr pr = ct.getTblPr();
        pr.addNewTblStyle().setVal(DocxStyles.TABLE);
        pr.addNewTblW().setType(STTblWidth.DXA);
        pr.getTblW().setW(BigInteger.valueOf(sum(widths)));
        pr.addNewJc().setVal(STJcTable.CENTER);
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        ct.setTblGrid(CTTblGrid.Factory.newInstance());
        CTTblGrid grid = ct.getTblGrid();
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    private static XWPFTableRow headerRow(XWPFTable table) {
        XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        return row;
    }

    private static XWPFTableRow bodyRow(XWPFTable table) {
        XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
        row.setCantSplitRow(true);
        return row;
    }

    private static CTTcPr cellProperties(XWPFTableCell cell, int width) {
        CTTcPr pr = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        pr.addNewTcW().setType(STTblWidth.DXA);
        pr.getTcW().setW(BigInteger.valueOf(width));
        return pr;
    }

    private static void text(
            XWPFTableCell cell, String style, String text, ParagraphAlignment alignment, boolean italic) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setStyle(style);
        paragraph.setAlignment(alignment);
        if (!text.isEmpty()) {
            var run = paragraph.createRun();
            run.setText(text);
            if (italic) {
                run.setItalic(true);
            }
        }
    }

    /** A figure shrinks to fit its column rather than break inside (cell margins 45 twips each side, template). */
    private static void fit(XWPFTableCell cell, int widthTwips) {
        var runs = cell.getParagraphs().get(0).getRuns();
        if (runs.isEmpty()) return;
        var run = runs.get(0);
        float size = FigureFit.size(run.getText(0), CELL_SIZE, FigureFit.points(widthTwips - 2 * CELL_MARGIN_TWIPS));
        if (size < CELL_SIZE) run.setFontSize((double) size);
    }

    private static int span(int[] widths, int from, int count) {
        int total = 0;
        for (int i = from; i < from + count; i++) {
            total += widths[i];
        }
        return total;
    }

    private static int sum(int[] widths) {
        return span(widths, 0, widths.length);
    }
}
