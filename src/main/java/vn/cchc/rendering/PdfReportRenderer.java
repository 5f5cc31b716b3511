package vn.cchc.rendering;

import java.io.OutputStream;
import org.springframework.stereotype.Component;
import vn.cchc.rendering.internal.pdf.PdfReportWriter;

/**
 * The report as PDF, laid out in code with OpenPDF in the same Decree 30 geometry as the Word template,
 * Liberation Serif 2 embedded (subset), every string in NFC, page numbers at the top from page 2.
 */
@Component
public class PdfReportRenderer implements ReportRenderer {

    @Override
    public String contentType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) {
        try {
            PdfReportWriter.write(document, out);
        } catch (RenderingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RenderingException("Cannot lay out the PDF: " + e.getMessage(), e);
        }
    }
}
