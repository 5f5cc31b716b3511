package vn.cchc.rendering.internal.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.List;
import vn.cchc.rendering.Appendix;
import vn.cchc.rendering.Block;
import vn.cchc.rendering.ParagraphStyle;
import vn.cchc.rendering.ReportDocument;
import vn.cchc.rendering.internal.HeadingText;
import vn.cchc.rendering.internal.Texts;
import vn.cchc.rendering.internal.pdf.PdfFonts.Face;

/**
 * Lays one report out on Decree 30 pages. What must not be torn apart (a heading and its first lines, a
 * table caption and the table head, the signature block) is kept together by measuring the space left
 * and starting a new page, not with setKeepTogether, which made captions vanish before tables.
 */
public final class PdfReportWriter {

    /** The short rule under the title block and the appendix title: 3 cm. */
    private static final float TITLE_RULE = PdfPage.mm(30);

    private final ReportDocument report;
    private final Document pdf;
    private final PdfWriter writer;

    private PdfReportWriter(ReportDocument report, OutputStream out) {
        this.report = report;
        this.pdf = new Document(PdfPage.SIZE, PdfPage.LEFT, PdfPage.RIGHT, PdfPage.TOP, PdfPage.BOTTOM);
        this.writer = PdfWriter.getInstance(pdf, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PageNumberEvent());
        // Justify by widening the spaces only, as Word does; letter spacing would also split words in text search.
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
    }

    public static void write(ReportDocument report, OutputStream out) {
        new PdfReportWriter(report, out).write();
    }

    private void write() {
        pdf.addTitle(Texts.nfc(report.typeTitle() + " " + String.join(" ", report.summaryLines())));
        pdf.addAuthor(Texts.nfc(report.letterhead().issuingBody()));
        pdf.addCreator("CCHC Report");
        pdf.open();
        pdf.add(PdfLetterhead.of(report.letterhead()));
        titleBlock();
        for (Block block : report.body()) {
            if (block instanceof Block.Heading heading) {
                heading(heading);
            } else if (block instanceof Block.Paragraph paragraph) {
                Face face = paragraph.style() == ParagraphStyle.NOTE ? Face.ITALIC : Face.REGULAR;
                pdf.add(PdfText.body(paragraph.style().marker() + paragraph.text(), face));
            } else if (block instanceof Block.DossierTable table) {
                dossier(table);
            }
        }
        signature();
        List<Appendix> all = report.appendices();
        for (int i = 0; i < all.size(); i++) {
            appendix(all.get(i), ReportDocument.appendixLabel(i, all.size()));
        }
        pdf.close();
    }

    private void titleBlock() {
        Paragraph type = PdfText.line(report.typeTitle(), Face.BOLD, 14, Element.ALIGN_CENTER);
        type.setSpacingBefore(14);
        pdf.add(type);
        for (String line : report.summaryLines()) {
            pdf.add(PdfText.line(line, Face.BOLD, 14, Element.ALIGN_CENTER));
        }
        pdf.add(PdfText.line(report.periodLine(), Face.ITALIC, 14, Element.ALIGN_CENTER));
        Paragraph rule = PdfText.rule(TITLE_RULE, PdfPage.TEXT_WIDTH, 10);
        rule.setSpacingAfter(12);
        pdf.add(rule);
    }

    private void heading(Block.Heading heading) {
        Face face = heading.level() == 3 ? Face.REGULAR : Face.BOLD;
        String text = HeadingText.of(heading);
        Paragraph paragraph = PdfText.body(text, face);
        if (heading.level() == 1) {
            paragraph.setSpacingBefore(6);
        }
        // Keep the heading with at least two lines of what follows.
        ensure(lines(text, face) * PdfPage.BODY_LEADING + 2 * PdfPage.BODY_LEADING + 12);
        pdf.add(paragraph);
    }

    private void dossier(Block.DossierTable model) {
        PdfPTable table = PdfTables.dossier(model);
        table.setSpacingBefore(3);
        table.setSpacingAfter(PdfPage.PARAGRAPH_AFTER);
        float head = 3;
        int rows = Math.min(table.size(), PdfTables.dossierHeaderRows() + 1);
        for (int r = 0; r < rows; r++) {
            head += table.getRowHeight(r);
        }
        Paragraph caption = null;
        if (model.caption() != null) {
            caption = PdfText.line(model.caption(), Face.BOLD, PdfPage.BODY_SIZE, Element.ALIGN_CENTER);
            caption.setSpacingAfter(3);
            head += lines(model.caption(), Face.BOLD) * PdfPage.BODY_LEADING + 3;
        }
        ensure(head);
        if (caption != null) {
            pdf.add(caption);
        }
        pdf.add(table);
    }

    private void signature() {
        PdfPTable table = PdfSignature.of(report.signature(), report.recipients());
        table.setSpacingBefore(6);
        ensure(table.getTotalHeight() + 6);
        pdf.add(table);
    }

    private void appendix(Appendix appendix, String label) {
        pdf.newPage();
        pdf.add(PdfText.line(label, Face.BOLD, 14, Element.ALIGN_CENTER));
        pdf.add(PdfText.line(Texts.upper(appendix.title()), Face.BOLD, 14, Element.ALIGN_CENTER));
        pdf.add(PdfText.line(appendix.referenceLine(), Face.ITALIC, 14, Element.ALIGN_CENTER));
        Paragraph rule = PdfText.rule(TITLE_RULE, PdfPage.TEXT_WIDTH, 10);
        rule.setSpacingAfter(12);
        pdf.add(rule);
        if (appendix.dossier() != null) {
            dossier(appendix.dossier());
        } else {
            pdf.add(PdfTables.appendix(appendix));
        }
    }

    /** Starts a new page unless {@code height} points are left above the bottom margin. */
    private void ensure(float height) {
        float left = writer.getVerticalPosition(true) - pdf.bottom();
        if (left < height) {
            pdf.newPage();
        }
    }

    /** Lines a body paragraph of this text takes, near enough for keeping things together. */
    private static int lines(String text, Face face) {
        float width = PdfText.width(text, face, PdfPage.BODY_SIZE) + PdfPage.FIRST_LINE_INDENT;
        return Math.max(1, (int) Math.ceil(width / (PdfPage.TEXT_WIDTH * 0.95f)));
    }
}
