package vn.cchc.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.cchc.rendering.support.DocxParagraphs;

/** The Word template is strict: what it asks for must exist, and nothing is left blank by accident. */
class DocxTemplateTest {

    @Test
    void anUnknownPlaceholderInTheTemplateIsRejected() {
        byte[] template = edit(doc -> doc.createParagraph().createRun().setText("Người lập: ${preparedBy}"));
        TemplateException error = assertThrows(TemplateException.class, () -> new DocxReportRenderer(template));
        assertTrue(error.getMessage().contains("${preparedBy}"), error.getMessage());
    }

    @Test
    void aPlaceholderSplitAcrossRunsIsFound() {
        // Word splits typed text into runs at spell-check marks and edits; the placeholder must still be found.
        byte[] template = edit(doc -> {
            XWPFParagraph paragraph = doc.createParagraph();
            paragraph.createRun().setText("Người ký: $");
            paragraph.createRun().setText("{signa");
            paragraph.createRun().setText("tureNa");
            paragraph.createRun().setText("me}, ${numberSymbol}.");
        });
        XWPFParagraph filled = renderAndFind(template, "Người ký:");
        assertEquals("Người ký: Phạm Văn Cảnh, 85/BC-UBND.", filled.getText());
    }

    @Test
    void anUnknownPlaceholderSplitAcrossRunsIsRejectedToo() {
        byte[] template = edit(doc -> {
            XWPFParagraph paragraph = doc.createParagraph();
            paragraph.createRun().setText("${signer");
            paragraph.createRun().setText("Phone}");
        });
        assertThrows(TemplateException.class, () -> new DocxReportRenderer(template));
    }

    @Test
    void aRequiredPlaceholderWithoutAValueIsAnErrorNotABlank() {
        byte[] template = edit(doc -> doc.createParagraph().createRun().setText("${signatureImage}"));
        DocxReportRenderer renderer = new DocxReportRenderer(template);
        TemplateException error =
                assertThrows(TemplateException.class, () -> renderer.render(LienMac2023Fixture.report()));
        assertTrue(error.getMessage().contains("${signatureImage}"), error.getMessage());
    }

    @Test
    void anOptionalPlaceholderWithoutAValuePrintsNothing() {
        ReportDocument base = LienMac2023Fixture.report();
        ReportDocument noGoverningBody = new ReportDocument(
                new Letterhead(null, "UBND XÃ LIÊN MẠC", "85/BC-UBND", "Liên Mạc", LocalDate.of(2023, 12, 10)),
                base.typeTitle(),
                base.summaryLines(),
                base.periodLine(),
                base.body(),
                base.signature(),
                base.recipients(),
                null);
        try (XWPFDocument doc = open(new DocxReportRenderer().render(noGoverningBody))) {
            XWPFTable head = doc.getTables().get(0);
            assertEquals("", head.getRow(0).getCell(0).getParagraphs().get(0).getText());
            assertEquals(
                    "UBND XÃ LIÊN MẠC",
                    head.getRow(0).getCell(0).getParagraphs().get(1).getText());
            assertFalse(
                    DocxParagraphs.all(doc).stream().anyMatch(p -> p.getText().contains("Phụ lục")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void malformedAndUnterminatedPlaceholdersAreRejected() {
        assertThrows(
                TemplateException.class,
                () -> new DocxReportRenderer(
                        edit(doc -> doc.createParagraph().createRun().setText("${issuing body}"))));
        assertThrows(
                TemplateException.class,
                () -> new DocxReportRenderer(
                        edit(doc -> doc.createParagraph().createRun().setText("Số: ${numberSymbol"))));
    }

    @Test
    void theBodyMarkerMustStandAloneAndOnce() {
        assertThrows(
                TemplateException.class,
                () -> new DocxReportRenderer(
                        edit(doc -> doc.createParagraph().createRun().setText("Nội dung: ${body}"))));
        assertThrows(
                TemplateException.class,
                () -> new DocxReportRenderer(
                        edit(doc -> doc.createParagraph().createRun().setText("${body}"))));
        assertThrows(
                TemplateException.class,
                () -> new DocxReportRenderer(
                        edit(doc -> doc.createTable(1, 1).getRow(0).getCell(0).setText("${appendix}"))));
    }

    @Test
    void aTemplateWithoutTheReportStylesIsRejected() {
        byte[] bare;
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("${body}");
            doc.createParagraph().createRun().setText("${appendix}");
            doc.write(out);
            bare = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TemplateException error = assertThrows(TemplateException.class, () -> new DocxReportRenderer(bare));
        assertTrue(error.getMessage().contains("CchcBody"), error.getMessage());
    }

    @Test
    void notADocxIsATemplateError() {
        assertThrows(TemplateException.class, () -> new DocxReportRenderer(new byte[] {1, 2, 3}));
    }

    @Test
    void theRenderedReportHasNoPlaceholderLeftAnywhere() {
        try (XWPFDocument doc = open(new DocxReportRenderer().render(LienMac2023Fixture.report()))) {
            for (XWPFParagraph paragraph : DocxParagraphs.all(doc)) {
                assertFalse(paragraph.getText().contains("${"), paragraph.getText());
            }
            for (XWPFHeader header : doc.getHeaderList()) {
                assertFalse(header.getText().contains("${"), header.getText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped template with a change made to it. */
    private static byte[] edit(Consumer<XWPFDocument> change) {
        try (InputStream in = DocxTemplateTest.class
                        .getClassLoader()
                        .getResourceAsStream(DocxReportRenderer.DEFAULT_TEMPLATE);
                XWPFDocument doc = new XWPFDocument(in);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph renderAndFind(byte[] template, String prefix) {
        try (XWPFDocument doc = open(new DocxReportRenderer(template).render(LienMac2023Fixture.report()))) {
            return DocxParagraphs.starting(doc, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }
}
