package vn.cchc.rendering.support;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Finds paragraphs of a Word body, tables included. */
public final class DocxParagraphs {

    private DocxParagraphs() {}

    public static List<XWPFParagraph> all(IBody body) {
        List<XWPFParagraph> all = new ArrayList<>();
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                all.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        all.addAll(all(cell));
                    }
                }
            }
        }
        return all;
    }

    /** The one paragraph whose text starts with {@code prefix}. */
    public static XWPFParagraph starting(IBody body, String prefix) {
        List<XWPFParagraph> found =
                all(body).stream().filter(p -> p.getText().startsWith(prefix)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " paragraphs start with \"" + prefix + "\"");
        }
        return found.get(0);
    }
}
