package vn.cchc.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** A scanned signature and seal, when given, goes into the room above the signer's name in every output. */
class SignatureImageTest {

    @Test
    void theImageIsPlacedInEveryOutput() throws IOException {
        ReportDocument base = LienMac2023Fixture.report();
        Signature signed = new Signature("TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", "Phạm Văn Cảnh", png());
        ReportDocument report = new ReportDocument(
                base.letterhead(),
                base.typeTitle(),
                base.summaryLines(),
                base.periodLine(),
                base.body(),
                signed,
                base.recipients(),
                base.appendix());

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(new DocxReportRenderer().render(report)))) {
            assertEquals(1, docx.getAllPictures().size());
        }
        int images = 0;
        try (PDDocument pdf = Loader.loadPDF(new PdfReportRenderer().render(report))) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
        }
        assertEquals(1, images);
        assertTrue(new HtmlPreviewRenderer().toHtml(report).contains("src=\"data:image/png;base64,"));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(300, 150, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.drawOval(10, 10, 130, 130);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
