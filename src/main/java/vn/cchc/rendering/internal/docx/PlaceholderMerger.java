package vn.cchc.rendering.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import vn.cchc.rendering.RenderingException;
import vn.cchc.rendering.TemplateException;

/**
 * Replaces {@code ${name}} placeholders in a paragraph. Word splits what a person typed into several runs
 * (spell-check marks, an edit in the middle, a formatting change), so a placeholder is found in the text of
 * the whole paragraph and replaced across its runs; the replacement takes the formatting of the run where
 * the placeholder starts. "\n" in a value becomes a line break.
 */
public final class PlaceholderMerger {

    private PlaceholderMerger() {}

    /** Every paragraph where a placeholder may stand: body, table cells at any depth, headers and footers. */
    public static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> all = new ArrayList<>();
        collect(doc, all::add);
        for (XWPFHeader header : doc.getHeaderList()) {
            collect(header, all::add);
        }
        for (XWPFFooter footer : doc.getFooterList()) {
            collect(footer, all::add);
        }
        return all;
    }

    private static void collect(IBody body, Consumer<XWPFParagraph> sink) {
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                sink.accept(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell, sink);
                    }
                }
            }
        }
    }

    /** The placeholders of a paragraph, in order; malformed or unterminated ones are errors. */
    public static List<Placeholder> scan(XWPFParagraph paragraph) {
        String text = runText(paragraph.getRuns());
        List<Placeholder> found = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf("${", from);
            if (open < 0) {
                return found;
            }
            int close = closing(text, open, paragraph);
            found.add(Placeholder.parse(text.substring(open + 2, close), where(paragraph)));
            from = close + 1;
        }
    }

    /** Replaces every placeholder of the paragraph with its value. */
    public static void fill(XWPFParagraph paragraph, PlaceholderValues values) {
        List<XWPFRun> runs = paragraph.getRuns();
        int from = 0;
        while (true) {
            String[] texts = new String[runs.size()];
            int[] starts = new int[runs.size()];
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < texts.length; i++) {
                starts[i] = all.length();
                texts[i] = runs.get(i).text();
                all.append(texts[i]);
            }
            int open = all.indexOf("${", from);
            if (open < 0) {
                return;
            }
            int close = closing(all.toString(), open, paragraph);
            Placeholder placeholder = Placeholder.parse(all.substring(open + 2, close), where(paragraph));
            Object value = values.resolve(placeholder, where(paragraph));
            int first = runAt(starts, texts, open);
            int last = runAt(starts, texts, close);
            String prefix = texts[first].substring(0, open - starts[first]);
            String suffix = texts[last].substring(close + 1 - starts[last]);
            String replacement = value instanceof String s ? s : "";
            if (first == last) {
                setText(runs.get(first), prefix + replacement + suffix);
            } else {
                setText(runs.get(first), prefix + replacement);
                for (int i = first + 1; i < last; i++) {
                    setText(runs.get(i), "");
                }
                setText(runs.get(last), suffix);
            }
            if (value instanceof PlaceholderValues.Picture picture) {
                addPicture(runs.get(first), picture.data());
            }
            from = open + replacement.length();
        }
    }

    /** The text of the runs as {@link XWPFRun#text()} gives it: tabs as '\t', breaks as '\n'. */
    static String runText(List<XWPFRun> runs) {
        StringBuilder all = new StringBuilder();
        for (XWPFRun run : runs) {
            all.append(run.text());
        }
        return all.toString();
    }

    private static int closing(String text, int open, XWPFParagraph paragraph) {
        int close = text.indexOf('}', open);
        int nextOpen = text.indexOf("${", open + 2);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            throw new TemplateException("Unterminated placeholder at \""
                    + text.substring(open, Math.min(text.length(), open + 30)) + "\" in " + where(paragraph));
        }
        return close;
    }

    private static int runAt(int[] starts, String[] texts, int index) {
        for (int i = 0; i < starts.length; i++) {
            if (index >= starts[i] && index < starts[i] + texts[i].length()) {
                return i;
            }
        }
        throw new IllegalStateException("index " + index + " outside the runs");
    }

    /** Rewrites the run's text, keeping its formatting; '\n' becomes a break and '\t' a tab. */
    static void setText(XWPFRun run, String text) {
        CTR ctr = run.getCTR();
        while (ctr.sizeOfTArray() > 0) {
            ctr.removeT(0);
        }
        while (ctr.sizeOfTabArray() > 0) {
            ctr.removeTab(0);
        }
        while (ctr.sizeOfBrArray() > 0) {
            ctr.removeBr(0);
        }
        String[] lines = text.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                run.addBreak();
            }
            String[] cells = lines[l].split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) {
                    run.addTab();
                }
                if (!cells[c].isEmpty()) {
                    run.setText(cells[c], ctr.sizeOfTArray());
                }
            }
        }
    }

    private static void addPicture(XWPFRun run, byte[] data) {
        DocxPicture picture = DocxPicture.of(data);
        try {
            run.addPicture(
                    new ByteArrayInputStream(data),
                    picture.type(),
                    "signature." + picture.extension(),
                    picture.widthEmu(),
                    picture.heightEmu());
        } catch (IOException | InvalidFormatException e) {
            throw new RenderingException("Cannot place the signature image", e);
        }
    }

    static String where(XWPFParagraph paragraph) {
        String part = paragraph.getPartType() == null
                ? "document"
                : paragraph.getPartType().name().toLowerCase();
        String text = runText(paragraph.getRuns());
        return part + " paragraph \"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
    }
}
