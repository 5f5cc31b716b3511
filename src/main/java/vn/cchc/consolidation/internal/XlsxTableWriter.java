package vn.cchc.consolidation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.cchc.consolidation.ConsolidatedTable;
import vn.cchc.consolidation.ConsolidationRow;
import vn.cchc.consolidation.Figures;
import vn.cchc.consolidation.YearOnYearLine;

/**
 * The consolidated table as XLSX: real numeric cells, merged group headers, frozen header and unit column, SUM
 * formulas for the total (with cached values) and rate formulas recomputed from the sums. Text cells that a
 * spreadsheet could take for a formula (= + - @) are stored as text cells with Excel's quote-prefix flag (no visible apostrophe).
 */
@Component
public class XlsxTableWriter {

    public static final int FIRST_DATA_ROW = 7; // 0-based; rows 4–6 are the header
    public static final String YOY_SHEET = "CungKy";
    public static final int YOY_FIRST_ROW = 4; // 0-based; row 3 is the comparison's header
    private static final int LAST_COL = 15; // P: status

    private final TableText text;

    XlsxTableWriter(TableText text) {
        this.text = text;
    }

    public byte[] write(ConsolidatedTable t) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sh = wb.createSheet("Bieu06");
            Styles st = new Styles(wb);
            title(sh, 0, text.governingBody(t) + " — " + text.officeLine(t), st.bold);
            title(sh, 1, text.msg("consolidation.table.heading"), st.title);
            title(sh, 2, text.subheading(t), st.plain);
            title(sh, 3, text.source(t), st.italic);
            header(sh, st);
            int r = FIRST_DATA_ROW;
            int stt = 1;
            for (ConsolidationRow row : t.rows()) {
                Row x = sh.createRow(r);
                num(x, 0, stt++, st.integer);
                str(x, 1, row.orgUnitName(), st.text);
                for (int i = 0; i < Figures.COUNT; i++) {
                    Long v = row.figures().get(i);
                    Cell c = x.createCell(2 + i);
                    c.setCellStyle(st.integer);
                    if (v != null) c.setCellValue(v);
                }
                rates(x, r, row.figures(), st);
                str(x, LAST_COL, text.status(t, row), st.text);
                r++;
            }
            Row total = sh.createRow(r);
            str(total, 0, "", st.totalText);
            str(total, 1, text.msg("consolidation.total"), st.totalText);
            for (int i = 0; i < Figures.COUNT; i++) {
                Cell c = total.createCell(2 + i);
                c.setCellStyle(st.totalInteger);
                if (t.total().get(i) != null && r > FIRST_DATA_ROW) {
                    String col = CellReference.convertNumToColString(2 + i);
                    formula(c, "SUM(" + col + (FIRST_DATA_ROW + 1) + ":" + col + r + ")");
                    c.setCellValue(t.total().get(i)); // cached result: readers without a calculation engine see it
                } else if (t.total().get(i) != null) {
                    c.setCellValue(0);
                }
            }
            rates(total, r, t.total(), st);
            total.getCell(13).setCellStyle(st.totalPercent);
            total.getCell(14).setCellStyle(st.totalPercent);
            str(total, LAST_COL, "", st.totalText);
            sh.createFreezePane(2, FIRST_DATA_ROW);
            sh.getPrintSetup().setLandscape(true);
            sh.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sh.setFitToPage(true);
            sh.getPrintSetup().setFitWidth((short) 1);
            sh.getPrintSetup().setFitHeight((short) 0);
            sh.setRepeatingRows(CellRangeAddress.valueOf("5:" + FIRST_DATA_ROW));
            sh.setColumnWidth(0, 6 * 256);
            sh.setColumnWidth(1, 28 * 256);
            for (int c = 2; c <= 14; c++) sh.setColumnWidth(c, 12 * 256);
            sh.setColumnWidth(LAST_COL, 24 * 256);
            if (!t.yearOnYear().isEmpty()) yearOnYear(wb.createSheet(YOY_SHEET), t, st);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The year-on-year comparison over the same units on a sheet of its own (the first stays one sortable table):
     * this period, the same period last year — numbers, rates as fractions in percent format — and the change as a
     * formula with its cached result (for a rate the difference shows in percentage points).
     */
    private void yearOnYear(XSSFSheet sh, ConsolidatedTable t, Styles st) {
        text(sh.createRow(0).createCell(0), text.yoyHeading(t), st.bold);
        text(sh.createRow(1).createCell(0), text.msg("consolidation.yoy.sameUnits", t.comparableUnits()), st.plainLeft);
        Row head = sh.createRow(YOY_FIRST_ROW - 1);
        List<String> headers = text.yoyHeaders(t);
        for (int c = 0; c < headers.size(); c++) str(head, c, headers.get(c), st.header);
        int r = YOY_FIRST_ROW;
        for (YearOnYearLine line : t.yearOnYear()) {
            Row x = sh.createRow(r);
            str(x, 0, text.yoyLabel(line), st.text);
            CellStyle style = line.rate() ? st.percent : st.integer;
            yoyCell(x.createCell(1), line, line.thisYear(), style);
            yoyCell(x.createCell(2), line, line.lastYear(), style);
            Cell change = x.createCell(3);
            change.setCellStyle(line.rate() ? st.percent : st.integer);
            if (line.change() != null) {
                formula(change, "B" + (r + 1) + "-C" + (r + 1));
                change.setCellValue(
                        line.rate()
                                ? line.change().doubleValue() / 100
                                : line.change().doubleValue());
            }
            r++;
        }
        text(sh.createRow(r + 1).createCell(0), text.msg("consolidation.yoy.changeRule"), st.plainLeft);
        sh.setColumnWidth(0, 52 * 256);
        for (int c = 1; c <= 3; c++) sh.setColumnWidth(c, 18 * 256);
    }

    private static void yoyCell(Cell c, YearOnYearLine line, BigDecimal v, CellStyle style) {
        c.setCellStyle(style);
        if (v != null) c.setCellValue(line.rate() ? v.doubleValue() / 100 : v.doubleValue());
    }

    /** Rates as formulas over the row's own cells, only when both operands are known. */
    private void rates(Row x, int r, Figures f, Styles st) {
        int excelRow = r + 1;
        Cell online = x.createCell(13);
        online.setCellStyle(st.percent);
        if (f.receivedOnline() != null && f.receivedTotal() != null) {
            formula(online, "IF(C" + excelRow + "=0,\"\",D" + excelRow + "/C" + excelRow + ")");
            cache(online, f.receivedOnline(), f.receivedTotal());
        }
        Cell onTime = x.createCell(14);
        onTime.setCellStyle(st.percent);
        if (f.resolvedEarly() != null && f.resolvedOnTime() != null && f.resolvedTotal() != null) {
            formula(onTime, "IF(G" + excelRow + "=0,\"\",(H" + excelRow + "+I" + excelRow + ")/G" + excelRow + ")");
            cache(onTime, f.resolvedEarly() + f.resolvedOnTime(), f.resolvedTotal());
        }
    }

    /**
     * Sets a formula we wrote ourselves straight into the cell XML: POI's setCellFormula parses every formula, which
     * dominated the time for 1,000 units. The formulas are fixed shapes over cell references, so parsing adds nothing.
     */
    private static void formula(Cell cell, String formula) {
        ((XSSFCell) cell).getCTCell().addNewF().setStringValue(formula);
    }

    /** The formula's cached result, computed here (no formula evaluator pass over the whole workbook). */
    private static void cache(Cell cell, long part, long whole) {
        if (whole == 0) cell.setCellValue("");
        else cell.setCellValue((double) part / whole);
    }

    private void header(XSSFSheet sh, Styles st) {
        Row a = sh.createRow(4), b = sh.createRow(5), n = sh.createRow(6);
        for (int c = 0; c <= LAST_COL; c++) {
            for (Row row : List.of(a, b, n)) row.createCell(c).setCellStyle(st.header);
        }
        a.getCell(0).setCellValue(text.msg("consolidation.col.stt"));
        a.getCell(1).setCellValue(text.msg("consolidation.col.unit"));
        a.getCell(2).setCellValue(text.msg("consolidation.col.group.received"));
        a.getCell(6).setCellValue(text.msg("consolidation.col.group.resolved"));
        a.getCell(10).setCellValue(text.msg("consolidation.col.group.pending"));
        a.getCell(13).setCellValue(text.msg("consolidation.col.group.rates"));
        a.getCell(LAST_COL).setCellValue(text.msg("consolidation.col.status"));
        List<String> subs = text.figureHeaders();
        for (int i = 0; i < subs.size(); i++) b.getCell(2 + i).setCellValue(subs.get(i));
        b.getCell(13).setCellValue(text.msg("consolidation.col.onlineShare"));
        b.getCell(14).setCellValue(text.msg("consolidation.col.onTimeShare"));
        for (int c = 0; c <= 12; c++) n.getCell(c).setCellValue("(" + (c + 1) + ")");
        n.getCell(13).setCellValue(text.msg("consolidation.col.onlineShare.formula"));
        n.getCell(14).setCellValue(text.msg("consolidation.col.onTimeShare.formula"));
        sh.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
        sh.addMergedRegion(new CellRangeAddress(4, 5, 1, 1));
        sh.addMergedRegion(new CellRangeAddress(4, 4, 2, 5));
        sh.addMergedRegion(new CellRangeAddress(4, 4, 6, 9));
        sh.addMergedRegion(new CellRangeAddress(4, 4, 10, 12));
        sh.addMergedRegion(new CellRangeAddress(4, 4, 13, 14));
        sh.addMergedRegion(new CellRangeAddress(4, 6, LAST_COL, LAST_COL));
        b.setHeightInPoints(30);
    }

    private void title(XSSFSheet sh, int r, String value, CellStyle style) {
        Cell c = sh.createRow(r).createCell(0);
        text(c, value, style);
        sh.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COL));
    }

    private static void num(Row x, int col, long v, CellStyle style) {
        Cell c = x.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(style);
    }

    private static void str(Row x, int col, String v, CellStyle style) {
        text(x.createCell(col), v, style);
    }

    /**
     * OWASP formula injection: the text is stored exactly as typed in a string cell (which Excel never evaluates),
     * and a text that a spreadsheet could take for a formula when edited (= + - @, tab, CR first) gets the
     * "quote prefix" style flag: Excel keeps it text on editing and shows no apostrophe — a prefixed «'» used to
     * show up in the cell.
     */
    private static void text(Cell c, String v, CellStyle style) {
        String s = TableText.nfc(v);
        c.setCellValue(s);
        c.setCellStyle(looksLikeFormula(s) ? quoted(c.getSheet().getWorkbook(), style) : style);
    }

    public static boolean looksLikeFormula(String s) {
        return s != null && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    }

    /** One quote-prefixed copy per style and workbook (a workbook holds at most 64.000 styles). */
    private static final Map<Workbook, Map<CellStyle, CellStyle>> QUOTED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private static CellStyle quoted(Workbook wb, CellStyle style) {
        return QUOTED.computeIfAbsent(wb, w -> new IdentityHashMap<>()).computeIfAbsent(style, s -> {
            CellStyle q = wb.createCellStyle();
            q.cloneStyleFrom(s);
            q.setQuotePrefixed(true);
            return q;
        });
    }

    private static final class Styles {
        final CellStyle plain,
                plainLeft,
                bold,
                italic,
                title,
                header,
                text,
                integer,
                percent,
                totalText,
                totalInteger,
                totalPercent;

        Styles(XSSFWorkbook wb) {
            Font b = wb.createFont();
            b.setBold(true);
            b.setFontName("Times New Roman");
            Font i = wb.createFont();
            i.setItalic(true);
            i.setFontName("Times New Roman");
            Font n = wb.createFont();
            n.setFontName("Times New Roman");
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            big.setFontName("Times New Roman");
            plain = centred(wb, n, false);
            plainLeft = wb.createCellStyle();
            plainLeft.setFont(n);
            bold = wb.createCellStyle();
            bold.setFont(b);
            italic = centred(wb, i, false);
            title = centred(wb, big, false);
            header = centred(wb, b, true);
            header.setWrapText(true);
            text = bordered(wb, n);
            integer = bordered(wb, n);
            integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            percent = bordered(wb, n);
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            totalText = bordered(wb, b);
            totalInteger = bordered(wb, b);
            totalInteger.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            totalPercent = bordered(wb, b);
            totalPercent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        }

        private static CellStyle centred(XSSFWorkbook wb, Font f, boolean border) {
            CellStyle s = border ? bordered(wb, f) : wb.createCellStyle();
            s.setFont(f);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }

        private static CellStyle bordered(XSSFWorkbook wb, Font f) {
            CellStyle s = wb.createCellStyle();
            s.setFont(f);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }
    }
}
