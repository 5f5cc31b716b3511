package vn.cchc.consolidation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.springframework.stereotype.Component;
import vn.cchc.consolidation.ConsolidatedTable;
import vn.cchc.consolidation.ConsolidationRow;
import vn.cchc.consolidation.Figures;

/** The consolidated table as DOCX (POI), A4 landscape, Decree 30 letterhead, Biểu 06 header with merged cells. */
@Component
public class DocxTableWriter {

    private static final int COLS = 15;
    private final TableText text;

    DocxTableWriter(TableText text) {
        this.text = text;
    }

    public byte[] write(ConsolidatedTable t) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            defaults(doc);
            XWPFTable head = doc.createTable(3, 2);
            head.removeBorders();
            head.setWidth("100%");
            cellText(head.getRow(0).getCell(0), text.governingBody(t), false, false, 12, ParagraphAlignment.CENTER);
            cellText(
                    head.getRow(0).getCell(1),
                    text.msg("consolidation.doc.nation"),
                    true,
                    false,
                    12,
                    ParagraphAlignment.CENTER);
            cellText(head.getRow(1).getCell(0), text.officeLine(t), true, false, 12, ParagraphAlignment.CENTER);
            XWPFRun motto = cellText(
                    head.getRow(1).getCell(1),
                    text.msg("consolidation.doc.motto"),
                    true,
                    false,
                    13,
                    ParagraphAlignment.CENTER);
            motto.setUnderline(UnderlinePatterns.SINGLE);
            cellText(head.getRow(2).getCell(0), "", false, false, 12, ParagraphAlignment.CENTER);
            cellText(head.getRow(2).getCell(1), text.placeAndDate(t), false, true, 13, ParagraphAlignment.CENTER);
            para(doc, text.msg("consolidation.table.heading"), true, false, 14).setSpacingBefore(240);
            para(doc, text.subheading(t), false, false, 13);
            para(doc, text.source(t), false, true, 12);

            XWPFTable table = doc.createTable(1, COLS);
            table.setWidth("100%");
            grid(table);
            XWPFTableRow a = table.getRow(0);
            XWPFTableRow b = table.insertNewTableRow(1);
            XWPFTableRow n = table.insertNewTableRow(2);
            for (XWPFTableRow r : new XWPFTableRow[] {b, n}) for (int c = 0; c < COLS; c++) r.addNewTableCell();
            for (XWPFTableRow r : new XWPFTableRow[] {a, b, n}) r.setRepeatHeader(true);
            // row a: STT, unit (vertical merge over a+b), then the groups (horizontal merge)
            headCell(a.getCell(0), text.msg("consolidation.col.stt"));
            headCell(a.getCell(1), text.msg("consolidation.col.unit"));
            headCell(a.getCell(2), text.msg("consolidation.col.group.received"));
            headCell(a.getCell(6), text.msg("consolidation.col.group.resolved"));
            headCell(a.getCell(10), text.msg("consolidation.col.group.pending"));
            headCell(a.getCell(13), text.msg("consolidation.col.group.rates"));
            var subs = text.figureHeaders();
            headCell(b.getCell(0), "");
            headCell(b.getCell(1), "");
            for (int i = 0; i < subs.size(); i++) headCell(b.getCell(2 + i), subs.get(i));
            headCell(b.getCell(13), text.msg("consolidation.col.onlineShare"));
            headCell(b.getCell(14), text.msg("consolidation.col.onTimeShare"));
            for (int c = 0; c < 13; c++) headCell(n.getCell(c), "(" + (c + 1) + ")");
            headCell(n.getCell(13), text.msg("consolidation.col.onlineShare.formula"));
            headCell(n.getCell(14), text.msg("consolidation.col.onTimeShare.formula"));
            vMerge(a.getCell(0), STMerge.RESTART);
            vMerge(b.getCell(0), STMerge.CONTINUE);
            vMerge(a.getCell(1), STMerge.RESTART);
            vMerge(b.getCell(1), STMerge.CONTINUE);
            // horizontal merges: remove spanned cells from the right, widest index first
            span(a, 13, 2);
            span(a, 10, 3);
            span(a, 6, 4);
            span(a, 2, 4);

            int stt = 1;
            for (ConsolidationRow r : t.rows()) { // appended at the end: createRow is O(1), insertNewTableRow is not
                XWPFTableRow x = table.createRow();
                fill(x, String.valueOf(stt++), r.orgUnitName() + (r.counted() ? "" : " *"), r.figures(), false);
            }
            XWPFTableRow total = table.createRow();
            fill(total, "", text.msg("consolidation.total"), t.total(), true);
            para(doc, text.msg("consolidation.table.nullRule"), false, true, 10).setAlignment(ParagraphAlignment.BOTH);
            if (!t.yearOnYear().isEmpty()) yearOnYear(doc, t);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The comparison with the same period last year over the same units, with the change column. */
    private void yearOnYear(XWPFDocument doc, ConsolidatedTable t) {
        para(doc, text.yoyHeading(t), true, false, 12).setSpacingBefore(240);
        para(doc, text.msg("consolidation.yoy.sameUnits", t.comparableUnits()), false, true, 11);
        var lines = t.yearOnYear();
        XWPFTable table = doc.createTable(1 + lines.size(), 4);
        table.setWidth("70%");
        var headers = text.yoyHeaders(t);
        for (int c = 0; c < 4; c++) headCell(table.getRow(0).getCell(c), headers.get(c));
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            XWPFTableRow x = table.getRow(i + 1);
            x.setCantSplitRow(true);
            cellText(x.getCell(0), text.yoyLabel(line), false, false, 10, ParagraphAlignment.LEFT);
            cellText(x.getCell(1), text.yoyValue(line, line.thisYear()), false, false, 10, ParagraphAlignment.RIGHT);
            cellText(x.getCell(2), text.yoyValue(line, line.lastYear()), false, false, 10, ParagraphAlignment.RIGHT);
            cellText(x.getCell(3), text.yoyChange(line), false, false, 10, ParagraphAlignment.RIGHT);
        }
        para(doc, text.msg("consolidation.yoy.changeRule"), false, true, 10);
    }

    private void fill(XWPFTableRow x, String stt, String name, Figures f, boolean bold) {
        x.setCantSplitRow(true); // a commune's row never starts on one page and ends on the next
        while (x.getTableCells().size() < COLS) x.addNewTableCell();
        cellText(x.getCell(0), stt, bold, false, 10, ParagraphAlignment.CENTER);
        cellText(x.getCell(1), name, bold, false, 10, ParagraphAlignment.LEFT);
        for (int i = 0; i < Figures.COUNT; i++) {
            cellText(x.getCell(2 + i), text.number(f.get(i)), bold, false, 10, ParagraphAlignment.RIGHT);
        }
        cellText(x.getCell(13), text.percent(f.onlineShare()), bold, false, 10, ParagraphAlignment.RIGHT);
        cellText(x.getCell(14), text.percent(f.onTimeShare()), bold, false, 10, ParagraphAlignment.RIGHT);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1134));
        mar.setBottom(BigInteger.valueOf(1134));
        mar.setLeft(BigInteger.valueOf(1134));
        mar.setRight(BigInteger.valueOf(850));
    }

    /**
     * Document defaults: Times New Roman on all four font slots (Vietnamese letters use hAnsi), 10 pt, vi-VN, no
     * spacing after paragraphs — so the 15,000 table cells of 1,000 units need no run properties of their own.
     */
    private static void defaults(XWPFDocument doc) {
        CTStyles ct = CTStyles.Factory.newInstance();
        var dd = ct.addNewDocDefaults();
        var rpr = dd.addNewRPrDefault().addNewRPr();
        var fonts = rpr.addNewRFonts();
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setCs("Times New Roman");
        fonts.setEastAsia("Times New Roman");
        rpr.addNewSz().setVal(BigInteger.valueOf(20));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(20));
        rpr.addNewLang().setVal("vi-VN");
        dd.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        doc.createStyles().setStyles(ct);
    }

    /** Column widths in twips (the merged header needs an explicit grid of 15 columns): 14.360 of 14.854 usable. */
    private static void grid(XWPFTable table) {
        var ct = table.getCTTbl();
        var grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        int[] widths = {640, 2060, 860, 860, 860, 860, 860, 860, 860, 860, 860, 860, 860, 1100, 1100};
        for (int w : widths) grid.addNewGridCol().setW(BigInteger.valueOf(w));
        var pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
    }

    private static void headCell(XWPFTableCell cell, String s) {
        cellText(cell, s, true, false, 9, ParagraphAlignment.CENTER);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum how) {
        CTTcPr pr = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        pr.addNewVMerge().setVal(how);
    }

    private static void span(XWPFTableRow row, int first, int count) {
        XWPFTableCell cell = row.getCell(first);
        CTTcPr pr = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(count));
        for (int k = count - 1; k >= 1; k--) row.removeCell(first + k);
    }

    private static XWPFRun cellText(
            XWPFTableCell cell, String s, boolean bold, boolean italic, int size, ParagraphAlignment align) {
        XWPFParagraph p = cell.getParagraphs().isEmpty()
                ? cell.addParagraph()
                : cell.getParagraphs().get(0);
        if (align != ParagraphAlignment.LEFT) p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setText(TableText.nfc(s));
        if (bold) run.setBold(true);
        if (italic) run.setItalic(true);
        if (size != 10) run.setFontSize(size); // 10 pt is the document default
        return run;
    }

    private static XWPFParagraph para(XWPFDocument doc, String s, boolean bold, boolean italic, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(60);
        XWPFRun run = p.createRun();
        run.setText(TableText.nfc(s));
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontSize(size);
        return p;
    }
}
