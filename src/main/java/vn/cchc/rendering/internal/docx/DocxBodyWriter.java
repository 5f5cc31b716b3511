package vn.cchc.rendering.internal.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import vn.cchc.rendering.Appendix;
import vn.cchc.rendering.Block;
import vn.cchc.rendering.ParagraphStyle;
import vn.cchc.rendering.internal.HeadingText;
import vn.cchc.rendering.internal.Texts;

/**
 * Writes blocks into the document just before a marker paragraph, in order, then the marker goes. Only
 * template styles are applied, so the look of the body stays in the template.
 */
public final class DocxBodyWriter {

    private final XWPFDocument doc;
    private final XWPFParagraph marker;

    public DocxBodyWriter(XWPFDocument doc, XWPFParagraph marker) {
        this.doc = doc;
        this.marker = marker;
    }

    public void write(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Heading heading) {
                paragraph(DocxStyles.heading(heading.level()), HeadingText.of(heading));
            } else if (block instanceof Block.Paragraph paragraph) {
                String style = paragraph.style() == ParagraphStyle.NOTE ? DocxStyles.NOTE : DocxStyles.BODY;
                paragraph(style, paragraph.style().marker() + Texts.nfc(paragraph.text()));
            } else if (block instanceof Block.DossierTable table) {
                if (table.caption() != null) {
                    paragraph(DocxStyles.CAPTION, Texts.nfc(table.caption()));
                }
                DocxTables.dossier(newTable(), table);
            }
        }
    }

    /** The appendix on a page of its own: "Phụ lục", the title, the reference line, a rule, the table. */
    public void write(Appendix appendix) {
        write(appendix, "Phụ lục");
    }

    /** @param label "Phụ lục", or "Phụ lục II" when the report has several */
    public void write(Appendix appendix, String label) {
        paragraph(DocxStyles.TITLE, label).setPageBreak(true);
        paragraph(DocxStyles.TITLE, Texts.upper(appendix.title()));
        paragraph(DocxStyles.SUBTITLE, Texts.nfc(appendix.referenceLine()));
        paragraph(DocxStyles.RULE, "");
        if (appendix.dossier() != null) {
            write(List.of(appendix.dossier()));
        } else {
            DocxTables.appendix(newTable(), appendix);
        }
    }

    /** Removes the marker once everything is in. */
    public void finish() {
        doc.removeBodyElement(doc.getPosOfParagraph(marker));
    }

    private XWPFParagraph paragraph(String style, String text) {
        XmlCursor cursor = marker.getCTP().newCursor();
        XWPFParagraph paragraph = doc.insertNewParagraph(cursor);
        cursor.dispose();
        paragraph.setStyle(style);
        if (!text.isEmpty()) {
            paragraph.createRun().setText(text);
        }
        return paragraph;
    }

    private XWPFTable newTable() {
        XmlCursor cursor = marker.getCTP().newCursor();
        XWPFTable table = doc.insertNewTbl(cursor);
        cursor.dispose();
        return table;
    }
}
