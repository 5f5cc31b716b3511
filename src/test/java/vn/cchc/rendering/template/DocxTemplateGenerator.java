package vn.cchc.rendering.template;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * One-off generator of {@code templates-docx/bao-cao-cchc.docx}, the editable Word template of the report.
 * The committed .docx is the source of truth afterwards (staff restyle it in Word); rerun this only to start
 * the template over:
 * <pre>
 * ./mvnw -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) vn.cchc.rendering.template.DocxTemplateGenerator
 * </pre>
 * Decree 30/2020/NĐ-CP Appendix I: A4, margins 20/20/30/15 mm, Times New Roman, the two-column letterhead.
 */
public final class DocxTemplateGenerator {

    static final Path DEFAULT_OUTPUT = Path.of("templates-docx/bao-cao-cchc.docx");

    /** Text width of the page: 210 − 30 − 15 mm = 165 mm. */
    static final int TEXT_WIDTH = 9354;

    static final int LETTERHEAD_LEFT = 3686;
    static final int SIGNATURE_LEFT = 4110;

    private DocxTemplateGenerator() {}

    public static void main(String[] args) throws IOException, XmlException {
        Path output = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (XWPFDocument doc = build();
                OutputStream out = Files.newOutputStream(output)) {
            doc.write(out);
        }
        System.out.println("Wrote " + output.toAbsolutePath());
    }

    static XWPFDocument build() throws IOException, XmlException {
        XWPFDocument doc = new XWPFDocument();
        doc.getProperties().getCoreProperties().setTitle("Mẫu báo cáo cải cách hành chính (Nghị định 30/2020/NĐ-CP)");
        doc.getProperties().getCoreProperties().setCreator("CCHC Report");
        try (var styles = DocxTemplateGenerator.class.getResourceAsStream("template-styles.xml")) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(styles).getStyles());
        }
        letterhead(doc);
        titleBlock(doc);
        marker(doc, "${body}");
        signatureBlock(doc);
        marker(doc, "${appendix}");
        pageSetup(doc);
        return doc;
    }

    private static void letterhead(XWPFDocument doc) {
        XWPFTable table = borderlessTable(doc, 2, LETTERHEAD_LEFT, TEXT_WIDTH - LETTERHEAD_LEFT);
        XWPFTableCell bodies = table.getRow(0).getCell(0);
        line(bodies.getParagraphs().get(0), "${governingBody?}", 13, false, false);
        line(bodies.addParagraph(), "${issuingBody}", 13, true, false);
        rule(bodies.addParagraph(), 1219);
        XWPFTableCell nation = table.getRow(0).getCell(1);
        line(nation.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
        line(nation.addParagraph(), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        rule(nation.addParagraph(), 1064);
        XWPFParagraph number = table.getRow(1).getCell(0).getParagraphs().get(0);
        line(number, "Số: ${numberSymbol}", 13, false, false);
        number.setSpacingBefore(120);
        XWPFParagraph placeDate = table.getRow(1).getCell(1).getParagraphs().get(0);
        line(placeDate, "${placeName}, ${dateText}", 14, false, true);
        placeDate.setSpacingBefore(120);
    }

    private static void titleBlock(XWPFDocument doc) {
        XWPFParagraph type = styled(doc, "CchcTitle", "${typeTitle}");
        type.setSpacingBefore(360);
        styled(doc, "CchcTitle", "${summaryLines}");
        styled(doc, "CchcSubtitle", "${periodLine}");
        doc.createParagraph().setStyle("CchcRule");
    }

    private static void signatureBlock(XWPFDocument doc) {
        XWPFTable table = borderlessTable(doc, 1, SIGNATURE_LEFT, TEXT_WIDTH - SIGNATURE_LEFT);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFParagraph label = recipients.getParagraphs().get(0);
        label.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun run = label.createRun();
        run.setText("Nơi nhận:");
        run.setBold(true);
        run.setItalic(true);
        run.setFontSize(12);
        XWPFParagraph list = recipients.addParagraph();
        list.setAlignment(ParagraphAlignment.LEFT);
        run = list.createRun();
        run.setText("${recipients}");
        run.setFontSize(11);

        XWPFTableCell signer = table.getRow(0).getCell(1);
        line(signer.getParagraphs().get(0), "${signatureAuthority}", 14, true, false);
        line(signer.addParagraph(), "${signatureTitle}", 14, true, false);
        // The room for the handwritten or digital signature and the seal; an image, when given, goes first.
        line(signer.addParagraph(), "${signatureImage?}", 14, false, false);
        for (int i = 0; i < 3; i++) {
            line(signer.addParagraph(), "", 14, false, false);
        }
        line(signer.addParagraph(), "${signatureName}", 14, true, false);
        // Keep the block off the last line of the body.
        table.getRow(0).getCell(0).getParagraphs().get(0).setSpacingBefore(120);
        signer.getParagraphs().get(0).setSpacingBefore(120);
        table.getRow(0).setCantSplitRow(true);
    }

    private static void marker(XWPFDocument doc, String marker) {
        styled(doc, "CchcBody", marker);
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr sectPr = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sectPr.isSetPgSz() ? sectPr.getPgSz() : sectPr.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sectPr.isSetPgMar() ? sectPr.getPgMar() : sectPr.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(20)));
        margins.setBottom(BigInteger.valueOf(mm(20)));
        margins.setLeft(BigInteger.valueOf(mm(30)));
        margins.setRight(BigInteger.valueOf(mm(15)));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
        margins.setGutter(BigInteger.ZERO);
        // Page numbers from page 2: a different (empty) first-page header.
        sectPr.addNewTitlePg();
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        XWPFHeader other = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = other.createParagraph();
        number.setStyle("Header");
        number.setAlignment(ParagraphAlignment.CENTER);
        pageField(number);
    }

    private static void pageField(XWPFParagraph paragraph) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        paragraph.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText("2");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        paragraph.getRuns().forEach(r -> r.setFontSize(14));
    }

    private static XWPFTable borderlessTable(XWPFDocument doc, int rows, int left, int right) {
        XWPFTable table = doc.createTable(rows, 2);
        CTTblPr pr = table.getCTTbl().getTblPr();
        pr.getTblW().setType(STTblWidth.DXA);
        pr.getTblW().setW(BigInteger.valueOf(left + right));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        CTTblBorders borders = pr.addNewTblBorders();
        for (CTBorder border : new CTBorder[] {
            borders.addNewTop(),
            borders.addNewLeft(),
            borders.addNewBottom(),
            borders.addNewRight(),
            borders.addNewInsideH(),
            borders.addNewInsideV()
        }) {
            border.setVal(STBorder.NONE);
        }
        var margins = pr.addNewTblCellMar();
        margins.addNewLeft().setW(BigInteger.valueOf(57));
        margins.getLeft().setType(STTblWidth.DXA);
        margins.addNewRight().setW(BigInteger.valueOf(57));
        margins.getRight().setType(STTblWidth.DXA);
        table.getCTTbl().setTblGrid(CTTblGrid.Factory.newInstance());
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        grid.addNewGridCol().setW(BigInteger.valueOf(left));
        grid.addNewGridCol().setW(BigInteger.valueOf(right));
        for (int r = 0; r < rows; r++) {
            table.getRow(r).getCell(0).setWidth(Integer.toString(left));
            table.getRow(r).getCell(1).setWidth(Integer.toString(right));
        }
        return table;
    }

    private static void line(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        XWPFRun run = paragraph.createRun();
        if (!text.isEmpty()) {
            run.setText(text);
        }
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
    }

    /**
     * An empty 4 pt paragraph whose bottom border is the rule, so the rule sits just under the line above;
     * the indents set its length, centred in the cell. (A top border was drawn into the descenders above.)
     */
    private static void rule(XWPFParagraph paragraph, int indent) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        CTPPr pPr = paragraph.getCTP().isSetPPr()
                ? paragraph.getCTP().getPPr()
                : paragraph.getCTP().addNewPPr();
        CTBorder rule = pPr.addNewPBdr().addNewBottom();
        rule.setVal(STBorder.SINGLE);
        rule.setSz(BigInteger.valueOf(6));
        rule.setSpace(BigInteger.ZERO);
        rule.setColor("auto");
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBefore(0);
        pPr.addNewRPr().addNewSz().setVal(BigInteger.valueOf(8));
    }

    private static XWPFParagraph styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
        return paragraph;
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
