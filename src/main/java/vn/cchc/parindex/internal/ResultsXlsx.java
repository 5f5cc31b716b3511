package vn.cchc.parindex.internal;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.cchc.parindex.Criterion;
import vn.cchc.parindex.ResultRow;
import vn.cchc.parindex.Results;
import vn.cchc.spreadsheet.XlsxTemplates;

/** The office's results as a spreadsheet: a row per commune with numeric points per field, total, band and rank. */
@Component
public class ResultsXlsx {

    private final ParTexts texts;

    public ResultsXlsx(ParTexts texts) {
        this.texts = texts;
    }

    public byte[] write(Results r) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet(texts.t("parindex.results.sheet"));
        CellStyle head = XlsxTemplates.headerStyle(wb);
        CellStyle decimal = wb.createCellStyle();
        decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        Row title = sh.createRow(0);
        title.createCell(0)
                .setCellValue(texts.t(
                        "parindex.results.xlsx.title", r.year(), r.office().getName()));
        title.getCell(0).setCellStyle(XlsxTemplates.titleStyle(wb));
        sh.createRow(1).createCell(0).setCellValue(r.index().title());
        Row h = sh.createRow(3);
        int col = 0;
        for (String key : new String[] {"parindex.col.rank", "parindex.col.unit", "parindex.col.self"})
            text(h, col++, texts.t(key), head);
        for (Criterion f : r.index().fields())
            text(h, col++, f.code() + ". " + f.title() + " (" + Points.format(f.maxPoints()) + ")", head);
        for (String key : new String[] {"parindex.col.total", "parindex.col.band", "parindex.col.previous"})
            text(h, col++, texts.t(key), head);
        int rowNo = 4;
        for (ResultRow x : r.rows()) {
            Row row = sh.createRow(rowNo++);
            col = 0;
            if (x.rank() != null) row.createCell(col).setCellValue(x.rank());
            col++;
            text(row, col++, x.orgUnitName(), null);
            number(row, col++, x.selfScore(), decimal);
            for (Criterion f : r.index().fields()) {
                number(
                        row,
                        col++,
                        f.survey()
                                ? x.surveyPoints()
                                : x.appraisedScore() == null
                                        ? null
                                        : x.fieldPoints().get(f.code()),
                        decimal);
            }
            number(row, col++, x.appraisedScore(), decimal);
            text(row, col++, x.band() == null ? "" : x.band(), null);
            number(row, col, x.previousScore(), decimal);
        }
        sh.createFreezePane(2, 4);
        sh.setColumnWidth(1, 24 * 256);
        return XlsxTemplates.bytes(wb);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        // a name starting with = + - @ would be read as a formula by a spreadsheet program
        c.setCellValue(value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value);
        if (style != null) c.setCellStyle(style);
    }

    private static void number(Row row, int col, BigDecimal value, CellStyle style) {
        if (value == null) return;
        Cell c = row.createCell(col);
        c.setCellValue(value.doubleValue());
        c.setCellStyle(style);
    }
}
