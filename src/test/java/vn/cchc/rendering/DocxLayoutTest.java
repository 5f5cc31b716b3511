package vn.cchc.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.rendering.support.DocxFormat.twips;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.cchc.rendering.support.DocxFormat;
import vn.cchc.rendering.support.DocxParagraphs;
import vn.cchc.rendering.support.Rendered;

/** The rendered Word file read back with POI and held against Decree 30/2020/NĐ-CP Appendix I. */
class DocxLayoutTest {

    private static final String TIMES = "Times New Roman";

    private static XWPFDocument doc;
    private static DocxFormat format;

    @BeforeAll
    static void render() throws IOException {
        byte[] docx = Rendered.keep("lien-mac-2023.docx", new DocxReportRenderer().render(LienMac2023Fixture.report()));
        doc = new XWPFDocument(new ByteArrayInputStream(docx));
        format = new DocxFormat(doc);
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    @Test
    void pageIsA4PortraitWithDecree30Margins() {
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        assertEquals(11906, twips(section.getPgSz().getW()));
        assertEquals(16838, twips(section.getPgSz().getH()));
        CTPageMar margins = section.getPgMar();
        assertEquals(mm(20), twips(margins.getTop()));
        assertEquals(mm(20), twips(margins.getBottom()));
        assertEquals(mm(30), twips(margins.getLeft()));
        assertEquals(mm(15), twips(margins.getRight()));
    }

    @Test
    void timesNewRomanForEveryScriptAndVietnameseLanguage() {
        CTRPr defaults = format.defaults().getDocDefaults().getRPrDefault().getRPr();
        CTFonts fonts = defaults.getRFontsArray(0);
        assertEquals(
                List.of(TIMES, TIMES, TIMES, TIMES),
                List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()));
        assertEquals("vi-VN", defaults.getLangArray(0).getVal());
        CTRPr normal = doc.getStyles().getStyle("Normal").getCTStyle().getRPr();
        assertEquals(TIMES, normal.getRFontsArray(0).getAscii());
        assertEquals(TIMES, normal.getRFontsArray(0).getHAnsi());
        // Vietnamese letters such as "ệ" are set in the hAnsi font: every run must resolve to Times there.
        for (XWPFParagraph paragraph : DocxParagraphs.all(doc)) {
            for (XWPFRun run : paragraph.getRuns()) {
                List<String> runFonts = format.fonts(paragraph, run);
                assertEquals(TIMES, runFonts.get(0), () -> "ascii font of " + run.text());
                assertEquals(TIMES, runFonts.get(1), () -> "hAnsi font of " + run.text());
            }
        }
    }

    @Test
    void letterheadIsABorderlessTwoColumnTable() {
        XWPFTable head = doc.getTables().get(0);
        assertEquals(2, head.getRow(0).getTableCells().size());
        assertEquals(
                "none",
                head.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString());
        assertEquals(
                "none",
                head.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal().toString());

        List<XWPFParagraph> bodies = head.getRow(0).getCell(0).getParagraphs();
        assertRun(bodies.get(0), "UBND HUYỆN THANH HÀ", 13, false, false);
        assertRun(bodies.get(1), "UBND XÃ LIÊN MẠC", 13, true, false);
        assertTrue(hasRule(bodies.get(2)), "a short rule under the issuing body");

        List<XWPFParagraph> nation = head.getRow(0).getCell(1).getParagraphs();
        assertRun(nation.get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
        assertRun(nation.get(1), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        assertTrue(hasRule(nation.get(2)), "a rule under the motto");

        assertRun(head.getRow(1).getCell(0).getParagraphs().get(0), "Số: 85/BC-UBND", 13, false, false);
        assertRun(
                head.getRow(1).getCell(1).getParagraphs().get(0),
                "Liên Mạc, ngày 10 tháng 12 năm 2023",
                14,
                false,
                true);
    }

    @Test
    void titleAndSummaryAreBoldCentred14() {
        for (String text : List.of("BÁO CÁO", "Kết quả công tác cải cách hành chính")) {
            XWPFParagraph paragraph = DocxParagraphs.starting(doc, text);
            assertEquals(STJc.CENTER, alignment(paragraph));
            assertRun(paragraph, paragraph.getText(), 14, true, false);
        }
        XWPFParagraph period = DocxParagraphs.starting(doc, "(từ ngày 10/12/2022");
        assertRun(period, "(từ ngày 10/12/2022 đến ngày 09/12/2023)", 14, false, true);
    }

    @Test
    void bodyIsJustified14WithFirstLineIndentAndSpacing() {
        XWPFParagraph paragraph = DocxParagraphs.starting(doc, "- UBND xã Liên Mạc đã ban hành Kế hoạch số 36/KH-UBND");
        assertEquals(14, format.size(paragraph, paragraph.getRuns().get(0)));
        assertEquals(STJc.BOTH, alignment(paragraph));
        CTInd indent = format.paragraphProperty(paragraph, p -> p.getInd(), p -> p.getInd());
        assertEquals(720, twips(indent.getFirstLine()), "1.27 cm");
        CTSpacing spacing = format.paragraphProperty(
                paragraph,
                p -> p.getSpacing(),
                p -> p.getSpacing() != null && p.getSpacing().getLine() != null ? p.getSpacing() : null);
        assertTrue(twips(spacing.getAfter()) >= 120, "at least 6 pt after");
        long line = twips(spacing.getLine());
        assertTrue(line >= 240 && line <= 360, "single to 1.5 lines, was " + line);
    }

    @Test
    void headingsAreBoldExceptLetteredPoints() {
        assertRun(
                DocxParagraphs.starting(doc, "I. CÔNG TÁC"),
                "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
                14,
                true,
                false);
        assertRun(DocxParagraphs.starting(doc, "2.1. "), "2.1. Kết quả rà soát, đơn giản hóa TTHC", 14, true, false);
        assertRun(
                DocxParagraphs.starting(doc, "a) "),
                "a) Tình hình tổ chức và hoạt động của Bộ phận Một cửa.",
                14,
                false,
                false);
    }

    @Test
    void dossierTableHasTheBieu06Shape() {
        XWPFTable table = doc.getTables().stream()
                .filter(t -> t.getCTTbl().getTblGrid().sizeOfGridColArray() == 13)
                .findFirst()
                .orElseThrow();
        assertEquals(5, table.getNumberOfRows(), "three header rows, the numbering row, one data row");
        for (int r = 0; r < 4; r++) {
            assertTrue(table.getRow(r).isRepeatHeader(), "header row " + r + " repeats on each page");
        }
        assertFalse(table.getRow(4).isRepeatHeader());

        XWPFTableRow first = table.getRow(0);
        assertEquals("STT", first.getCell(0).getText());
        assertEquals(STMerge.RESTART, tcPr(first.getCell(0)).getVMerge().getVal());
        assertEquals("Số lượng hồ sơ tiếp nhận", first.getCell(2).getText());
        assertEquals(4, tcPr(first.getCell(2)).getGridSpan().getVal().intValue());
        assertEquals("Số lượng hồ sơ đang giải quyết", first.getCell(4).getText());
        assertEquals(3, tcPr(first.getCell(4)).getGridSpan().getVal().intValue());
        XWPFTableRow second = table.getRow(1);
        assertEquals(
                "Trong kỳ",
                second.getTableCells().stream()
                        .map(XWPFTableCell::getText)
                        .filter("Trong kỳ"::equals)
                        .findFirst()
                        .orElseThrow());
        assertEquals(
                List.of("", "", "", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "", "", "", "", "", "", "", ""),
                table.getRow(2).getTableCells().stream()
                        .map(XWPFTableCell::getText)
                        .toList());
        assertEquals("(13)", table.getRow(3).getCell(12).getText());
        assertEquals(
                List.of("01", "Liên Mạc", "2.579", "2.551", "25", "3", "2.576", "2.569", "7", "0", "3", "3", "0"),
                table.getRow(4).getTableCells().stream()
                        .map(XWPFTableCell::getText)
                        .toList());

        XWPFParagraph header = first.getCell(2).getParagraphs().get(0);
        double headerSize = format.size(header, header.getRuns().get(0));
        XWPFParagraph figure = table.getRow(4).getCell(2).getParagraphs().get(0);
        double figureSize = format.size(figure, figure.getRuns().get(0));
        assertTrue(headerSize >= 11 && headerSize <= 12, "table header size " + headerSize);
        assertTrue(figureSize >= 11 && figureSize <= 12, "table figure size " + figureSize);
    }

    @Test
    void signatureBlockAndRecipientsSitSideBySide() {
        XWPFTable closing = doc.getTables().stream()
                .filter(t -> t.getText().contains("Nơi nhận:"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "none",
                closing.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString());
        List<XWPFParagraph> left = closing.getRow(0).getCell(0).getParagraphs();
        assertRun(left.get(0), "Nơi nhận:", 12, true, true);
        assertEquals(
                "- UBND huyện;\n- Phòng Nội vụ huyện;\n- TT Đảng ủy – TTHĐND xã;\n- Các CC chuyên môn\n- Lưu: VT.",
                left.get(1).getText());
        assertEquals(11, format.size(left.get(1), left.get(1).getRuns().get(0)));

        List<XWPFParagraph> right = closing.getRow(0).getCell(1).getParagraphs();
        assertRun(right.get(0), "TM. ỦY BAN NHÂN DÂN XÃ", 14, true, false);
        assertRun(right.get(1), "CHỦ TỊCH", 14, true, false);
        XWPFParagraph name = right.get(right.size() - 1);
        assertRun(name, "Phạm Văn Cảnh", 14, true, false);
        assertTrue(right.size() >= 5, "room for the signature between title and name");
    }

    @Test
    void pageNumbersStartOnPage2() {
        assertTrue(doc.getDocument().getBody().getSectPr().isSetTitlePg(), "a different first page");
        String first =
                doc.getHeaderFooterPolicy().getFirstPageHeader().getText().strip();
        assertEquals("", first, "no number on page 1");
        var header = doc.getHeaderFooterPolicy().getDefaultHeader();
        assertNotNull(header);
        XWPFParagraph number = header.getParagraphs().get(0);
        assertEquals(ParagraphAlignment.CENTER, number.getAlignment());
        assertTrue(number.getCTP().xmlText().contains("PAGE"), "a PAGE field");
        assertEquals(14, format.size(number, number.getRuns().get(0)));
    }

    @Test
    void appendixStartsOnItsOwnPage() {
        XWPFParagraph label = DocxParagraphs.starting(doc, "Phụ lục");
        assertTrue(label.isPageBreak(), "page break before the appendix");
        assertRun(label, "Phụ lục", 14, true, false);
        assertRun(
                DocxParagraphs.starting(doc, "KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
                "KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC UBND, CHỦ TỊCH UBND HUYỆN GIAO NĂM 2023",
                14,
                true,
                false);
        assertRun(
                DocxParagraphs.starting(doc, "(Kèm theo Báo cáo số 85/BC-UBND"),
                "(Kèm theo Báo cáo số 85/BC-UBND ngày 10/12/2023 của UBND xã Liên Mạc)",
                14,
                false,
                true);
        XWPFTable tasks = doc.getTables().get(doc.getTables().size() - 1);
        assertEquals(4, tasks.getNumberOfRows());
        assertTrue(tasks.getRow(0).isRepeatHeader());
        assertEquals("Nội dung nhiệm vụ", tasks.getRow(0).getCell(1).getText());
    }

    private static void assertRun(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic) {
        assertEquals(text, paragraph.getText());
        for (XWPFRun run : paragraph.getRuns()) {
            if (run.text().isBlank()) {
                continue;
            }
            assertEquals(size, format.size(paragraph, run), () -> "size of " + text);
            assertEquals(bold, format.bold(paragraph, run), () -> "bold of " + text);
            assertEquals(italic, format.italic(paragraph, run), () -> "italic of " + text);
        }
    }

    private static STJc.Enum alignment(XWPFParagraph paragraph) {
        CTJc jc = format.paragraphProperty(paragraph, p -> p.getJc(), p -> p.getJc());
        return jc.getVal();
    }

    private static boolean hasRule(XWPFParagraph paragraph) {
        var ppr = paragraph.getCTP().getPPr();
        return ppr != null
                && ppr.getPBdr() != null
                && ppr.getPBdr().getBottom() != null
                && "single".equals(ppr.getPBdr().getBottom().getVal().toString());
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().getTcPr();
    }

    private static long mm(double millimetres) {
        return Math.round(millimetres * 1440 / 25.4);
    }
}
