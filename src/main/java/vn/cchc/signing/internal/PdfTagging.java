package vn.cchc.signing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes the rendered report a tagged PDF, so a screen reader reads it in order: the text of every page becomes
 * headings ({@code H1} for a bold «I.», {@code H2} for a bold «1.» or «2.3.») and paragraphs ({@code P}) of one
 * {@code Document} element, in reading order (top to bottom; a new paragraph where the text moves down clearly more
 * than one line, or starts a new text object), and the lines and fills that draw tables and the letterhead rule are
 * marked as artifacts. OpenPDF writes no structure of its own; doing it here keeps it in one place for every PDF that
 * is signed. Tables are read cell by cell as paragraphs (no Table/TR/TD structure yet).
 */
final class PdfTagging {

    /** Operators that start a path; the path ends with one of {@link #PAINT}. */
    private static final Set<String> PATH_START = Set.of("m", "re");

    private static final Set<String> PAINT = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n");
    private static final Set<String> SHOW = Set.of("Tj", "TJ", "'", "\"");

    private PdfTagging() {}

    static void tag(PDDocument doc) throws IOException {
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(markInfo);

        PDStructureElement document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        document.setLanguage("vi");
        root.appendKid(document);

        COSArray parentTreeNums = new COSArray();
        int pageIndex = 0;
        for (PDPage page : doc.getPages()) {
            List<PDStructureElement> byMcid = tagPage(doc, page, document);
            page.setStructParents(pageIndex);
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            COSArray elements = new COSArray();
            for (PDStructureElement e : byMcid) elements.add(e);
            parentTreeNums.add(COSInteger.get(pageIndex));
            parentTreeNums.add(elements);
            pageIndex++;
        }
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.getCOSObject().setItem(COSName.NUMS, parentTreeNums);
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(pageIndex);
    }

    /** Rewrites one page's content with marked content; returns the paragraph of each MCID, in MCID order. */
    private static List<PDStructureElement> tagPage(PDDocument doc, PDPage page, PDStructureElement document)
            throws IOException {
        List<Op> ops = ops(new PDFStreamParser(page).parse());
        float leading = usualLineStep(ops);
        List<Object> out = new ArrayList<>();
        List<PDStructureElement> byMcid = new ArrayList<>();
        List<Float> topOf = new ArrayList<>(); // the baseline of each paragraph's first line (reading order)
        float lineY = 0;
        int markedDepth = 0; // marked content already in the stream (none from OpenPDF today) is left as it is
        boolean inText = false;
        boolean inPath = false;
        boolean shownInParagraph = false;
        boolean spacer = false;
        boolean typed = false; // the open paragraph's structure type is decided by its first line
        float fontSize = 12;
        COSName fontName = null;
        float step = 0; // vertical movement since the last text shown
        List<Object> pending = new ArrayList<>(); // line moves held back until we know whether a paragraph ends
        for (Op op : ops) {
            String name = op.name();
            if (name.equals("BMC") || name.equals("BDC")) markedDepth++;
            if (markedDepth == 0 && !inText && name.equals("BT")) {
                op.writeTo(out);
                open(out, page, document, byMcid);
                topOf.add(null);
                typed = false;
                inText = true;
                shownInParagraph = false;
                spacer = false;
                step = 0;
                continue;
            }
            if (inText && markedDepth == 0) {
                if (name.equals("Td") || name.equals("TD")) step += Math.abs(op.number(1));
                if (name.equals("T*") || name.equals("'") || name.equals("\"")) step += leading;
                if (name.equals("Tf")) {
                    fontSize = op.number(1);
                    if (!op.operands().isEmpty() && op.operands().get(0) instanceof COSName f) fontName = f;
                }
                if (name.equals("Tm")) lineY = op.number(5);
                if (name.equals("Td") || name.equals("TD")) lineY += op.number(1);
                if (name.equals("T*")) lineY -= leading;
                if (SHOW.contains(name) && fontSize < 4) {
                    // OpenPDF spaces paragraphs with a line in a 1-point font: the next text is a new paragraph
                    spacer = true;
                    if (topOf.get(topOf.size() - 1) == null) topOf.set(topOf.size() - 1, lineY);
                } else if (SHOW.contains(name)) {
                    // so does a gap clearly wider than a line step
                    if (shownInParagraph && (spacer || leading > 0 && step > leading * 1.3f)) {
                        out.add(Operator.getOperator("EMC"));
                        open(out, page, document, byMcid);
                        topOf.add(null);
                        typed = false;
                    }
                    out.addAll(pending);
                    pending.clear();
                    op.writeTo(out);
                    if (topOf.get(topOf.size() - 1) == null) topOf.set(topOf.size() - 1, lineY);
                    if (!typed) byMcid.get(byMcid.size() - 1).setStructureType(kind(page, fontName, op));
                    typed = true;
                    shownInParagraph = true;
                    spacer = false;
                    step = 0;
                    continue;
                }
                if (name.equals("ET")) {
                    out.addAll(pending);
                    pending.clear();
                    out.add(Operator.getOperator("EMC"));
                    op.writeTo(out);
                    inText = false;
                    continue;
                }
                op.writeTo(pending);
                continue;
            }
            if (markedDepth == 0 && !inText && !inPath && PATH_START.contains(name)) {
                out.add(COSName.ARTIFACT);
                out.add(Operator.getOperator("BMC"));
                inPath = true;
            } else if (markedDepth == 0 && !inText && !inPath && name.equals("Do")) {
                out.add(COSName.ARTIFACT); // images and forms: the letterhead has none that carry text
                out.add(Operator.getOperator("BMC"));
                op.writeTo(out);
                out.add(Operator.getOperator("EMC"));
                continue;
            }
            op.writeTo(out);
            if (inPath && PAINT.contains(name)) {
                out.add(Operator.getOperator("EMC"));
                inPath = false;
            }
            if (name.equals("EMC") && markedDepth > 0) markedDepth--;
        }
        out.addAll(pending);
        if (inText || inPath) out.add(Operator.getOperator("EMC"));

        PDStream stream = new PDStream(doc);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(os).writeTokens(out);
        }
        page.setContents(stream);
        // the structure in reading order: top to bottom, and left to right as written where lines share a height
        // (OpenPDF writes tables, the letterhead among them, after the running text of their page)
        topOf.replaceAll(y -> y == null ? Float.NEGATIVE_INFINITY : y);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < byMcid.size(); i++) order.add(i);
        order.sort((x, y) -> Integer.compare(Math.round(topOf.get(y) / 3), Math.round(topOf.get(x) / 3)));
        for (int i : order) document.appendKid(byMcid.get(i));
        return byMcid;
    }

    private static final Pattern SECTION = Pattern.compile("\\s*(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\\.\\s.*");
    private static final Pattern SUBSECTION = Pattern.compile("\\s*\\d+(\\.\\d+)*\\.\\s.*");

    /**
     * The structure type of a paragraph from its first line: the report's headings are bold and numbered — «I.», «II.»
     * for sections (H1), «1.», «2.3.» for their parts (H2); everything else is a paragraph.
     */
    private static String kind(PDPage page, COSName fontName, Op show) {
        try {
            PDFont font = fontName == null ? null : page.getResources().getFont(fontName);
            if (font == null || !font.getName().contains("Bold")) return StandardStructureTypes.P;
            StringBuilder text = new StringBuilder();
            for (Object operand : show.operands()) {
                if (operand instanceof COSString str) decode(font, str, text);
                if (operand instanceof COSArray array) {
                    for (COSBase part : array) if (part instanceof COSString str) decode(font, str, text);
                }
            }
            String line = text.toString();
            if (SECTION.matcher(line).matches()) return StandardStructureTypes.H1;
            if (SUBSECTION.matcher(line).matches()) return StandardStructureTypes.H2;
            return StandardStructureTypes.P;
        } catch (IOException e) {
            return StandardStructureTypes.P; // a font we cannot read: the text is still tagged, as a paragraph
        }
    }

    private static void decode(PDFont font, COSString string, StringBuilder out) throws IOException {
        InputStream in = new ByteArrayInputStream(string.getBytes());
        while (in.available() > 0) {
            String unicode = font.toUnicode(font.readCode(in));
            if (unicode != null) out.append(unicode);
        }
    }

    /** Begins the marked content of a new paragraph and adds the paragraph to the structure. */
    private static void open(
            List<Object> out, PDPage page, PDStructureElement document, List<PDStructureElement> byMcid) {
        PDStructureElement p = new PDStructureElement(StandardStructureTypes.P, document);
        p.setPage(page);
        int mcid = byMcid.size();
        p.appendKid(mcid);
        byMcid.add(p);
        COSDictionary props = new COSDictionary();
        props.setInt(COSName.MCID, mcid);
        out.add(COSName.P);
        out.add(props);
        out.add(Operator.getOperator("BDC"));
    }

    /** The most frequent vertical line move of the page's text (its body leading), 0 when it has none. */
    private static float usualLineStep(List<Op> ops) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Op op : ops) {
            if (!op.name().equals("Td") && !op.name().equals("TD")) continue;
            int tenths = Math.round(Math.abs(op.number(1)) * 10);
            if (tenths > 0) counts.merge(tenths, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() / 10f)
                .orElse(0f);
    }

    private static List<Op> ops(List<Object> tokens) {
        List<Op> ops = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        for (Object token : tokens) {
            if (token instanceof Operator op) {
                ops.add(new Op(op, List.copyOf(operands)));
                operands.clear();
            } else {
                operands.add(token);
            }
        }
        if (!operands.isEmpty()) ops.add(new Op(null, List.copyOf(operands)));
        return ops;
    }

    /** One operator with its operands. */
    private record Op(Operator operator, List<Object> operands) {
        String name() {
            return operator == null ? "" : operator.getName();
        }

        float number(int index) {
            return index < operands.size() && operands.get(index) instanceof COSNumber n ? n.floatValue() : 0;
        }

        void writeTo(List<Object> out) {
            out.addAll(operands);
            if (operator != null) out.add(operator);
        }
    }
}
