package vn.cchc.consolidation.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.cchc.consolidation.ConsolidatedTable;
import vn.cchc.consolidation.ConsolidationRow;
import vn.cchc.consolidation.Figures;

/**
 * The consolidated table as PDF (OpenPDF, Liberation Serif embedded — complete Vietnamese), A4 landscape, in the
 * Decree 30 layout: the office's letterhead on the left, national title and motto on the right, place and date in
 * italics, then the title and the 13-column Biểu 06 table with the two rates.
 */
@Component
public class PdfTableWriter {

    private static final String FONT_DIR = "liberation/LiberationSerif-";
    private static volatile BaseFont[] fonts;
    private final TableText text;

    PdfTableWriter(TableText text) {
        this.text = text;
    }

    private static BaseFont[] fonts() {
        if (fonts == null) {
            synchronized (PdfTableWriter.class) {
                if (fonts == null) {
                    try {
                        fonts = new BaseFont[] {
                            BaseFont.createFont(FONT_DIR + "Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED),
                            BaseFont.createFont(FONT_DIR + "Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED),
                            BaseFont.createFont(FONT_DIR + "Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED)
                        };
                    } catch (IOException | DocumentException e) {
                        throw new IllegalStateException("Liberation Serif fonts missing (openpdf-fonts-extra)", e);
                    }
                }
            }
        }
        return fonts;
    }

    public byte[] write(ConsolidatedTable t) {
        BaseFont[] f = fonts();
        Font normal = new Font(f[0], 9),
                bold = new Font(f[1], 9),
                italic = new Font(f[2], 11),
                head13 = new Font(f[1], 12),
                body12 = new Font(f[0], 12),
                boldU = new Font(f[1], 12, Font.UNDERLINE),
                title = new Font(f[1], 13),
                small = new Font(f[1], 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(
                new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), 42, 42, 42, 42); // 15 mm margins
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle(text.fileName(t));
            doc.open();
            PdfPTable letterhead = new PdfPTable(new float[] {4, 6});
            letterhead.setWidthPercentage(100);
            letterhead.addCell(centred(List.of(new Phrase(text.governingBody(t), body12)), 0));
            letterhead.addCell(centred(List.of(new Phrase(text.msg("consolidation.doc.nation"), head13)), 0));
            letterhead.addCell(centred(List.of(new Phrase(text.officeLine(t), head13)), 0));
            letterhead.addCell(centred(List.of(new Phrase(text.msg("consolidation.doc.motto"), boldU)), 0));
            letterhead.addCell(centred(List.of(new Phrase("")), 0));
            PdfPCell date = centred(List.of(new Phrase(text.placeAndDate(t), italic)), 0);
            date.setPaddingTop(8);
            letterhead.addCell(date);
            doc.add(letterhead);
            doc.add(para(text.msg("consolidation.table.heading"), title, 14));
            doc.add(para(text.subheading(t), body12, 2));
            doc.add(para(text.source(t), italic, 2));
            PdfPTable table = table(t, normal, bold, small);
            table.setSpacingBefore(10);
            doc.add(table);
            doc.add(para(text.msg("consolidation.table.nullRule"), new Font(f[2], 9), 6));
            if (!t.yearOnYear().isEmpty())
                yearOnYear(doc, writer, t, new Font(f[0], 10), new Font(f[1], 10), new Font(f[2], 10));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private PdfPTable table(ConsolidatedTable t, Font normal, Font bold, Font small) {
        PdfPTable table = new PdfPTable(new float[] {2.2f, 9, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4.5f, 4.5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(3);
        // a commune's row never starts on one page and ends on the next (the row moves to the next page whole)
        table.setSplitRows(false);
        table.setSplitLate(true);
        table.addCell(head(text.msg("consolidation.col.stt"), small, 1, 2));
        table.addCell(head(text.msg("consolidation.col.unit"), small, 1, 2));
        table.addCell(head(text.msg("consolidation.col.group.received"), small, 4, 1));
        table.addCell(head(text.msg("consolidation.col.group.resolved"), small, 4, 1));
        table.addCell(head(text.msg("consolidation.col.group.pending"), small, 3, 1));
        table.addCell(head(text.msg("consolidation.col.group.rates"), small, 2, 1));
        for (String s : text.figureHeaders()) table.addCell(head(s, small, 1, 1));
        table.addCell(head(text.msg("consolidation.col.onlineShare"), small, 1, 1));
        table.addCell(head(text.msg("consolidation.col.onTimeShare"), small, 1, 1));
        for (int c = 1; c <= 13; c++) table.addCell(head("(" + c + ")", small, 1, 1));
        table.addCell(head(text.msg("consolidation.col.onlineShare.formula"), small, 1, 1));
        table.addCell(head(text.msg("consolidation.col.onTimeShare.formula"), small, 1, 1));
        int stt = 1;
        for (ConsolidationRow r : t.rows()) {
            table.addCell(cell(String.valueOf(stt++), normal, Element.ALIGN_CENTER));
            table.addCell(cell(TableText.nfc(r.orgUnitName()) + (r.counted() ? "" : " *"), normal, Element.ALIGN_LEFT));
            figures(table, r.figures(), normal);
        }
        table.addCell(cell("", bold, Element.ALIGN_CENTER));
        table.addCell(cell(text.msg("consolidation.total"), bold, Element.ALIGN_LEFT));
        figures(table, t.total(), bold);
        return table;
    }

    /** The comparison with the same period last year over the same units, with the change column. */
    private void yearOnYear(Document doc, PdfWriter writer, ConsolidatedTable t, Font normal, Font bold, Font italic)
            throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {10, 4, 4, 4});
        table.setWidthPercentage(70);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        table.setSplitRows(false);
        for (String h : text.yoyHeaders(t)) table.addCell(head(h, bold, 1, 1));
        for (var line : t.yearOnYear()) {
            table.addCell(cell(text.yoyLabel(line), normal, Element.ALIGN_LEFT));
            table.addCell(cell(text.yoyValue(line, line.thisYear()), normal, Element.ALIGN_RIGHT));
            table.addCell(cell(text.yoyValue(line, line.lastYear()), normal, Element.ALIGN_RIGHT));
            table.addCell(cell(text.yoyChange(line), normal, Element.ALIGN_RIGHT));
        }
        // the heading stays with its table: a new page unless heading, note and table fit (no setKeepTogether,
        // which can drop a paragraph before a table)
        table.setTotalWidth((doc.right() - doc.left()) * 0.7f);
        if (writer.getVerticalPosition(true) - doc.bottom() < table.getTotalHeight() + 60) doc.newPage();
        doc.add(para(text.yoyHeading(t), bold, 14));
        doc.add(para(text.msg("consolidation.yoy.sameUnits", t.comparableUnits()), italic, 2));
        doc.add(table);
        doc.add(para(text.msg("consolidation.yoy.changeRule"), italic, 4));
    }

    private void figures(PdfPTable table, Figures f, Font font) {
        for (int i = 0; i < Figures.COUNT; i++) table.addCell(cell(text.number(f.get(i)), font, Element.ALIGN_RIGHT));
        table.addCell(cell(text.percent(f.onlineShare()), font, Element.ALIGN_RIGHT));
        table.addCell(cell(text.percent(f.onTimeShare()), font, Element.ALIGN_RIGHT));
    }

    private static PdfPCell head(String s, Font font, int colspan, int rowspan) {
        PdfPCell c = new PdfPCell(new Phrase(TableText.nfc(s), font));
        c.setColspan(colspan);
        c.setRowspan(rowspan);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(3);
        return c;
    }

    private static PdfPCell cell(String s, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(TableText.nfc(s), font));
        c.setHorizontalAlignment(align);
        c.setPadding(2.5f);
        return c;
    }

    private static PdfPCell centred(List<Phrase> phrases, int border) {
        Paragraph p = new Paragraph();
        phrases.forEach(p::add);
        PdfPCell c = new PdfPCell(p);
        c.setBorder(border == 0 ? Rectangle.NO_BORDER : border);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }

    private static Paragraph para(String s, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(TableText.nfc(s), font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }
}
