package vn.cchc.composition;

import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.report.RenderedReport;
import vn.cchc.report.ReportRendering;
import vn.cchc.rendering.DocxReportRenderer;
import vn.cchc.rendering.PdfReportRenderer;
import vn.cchc.rendering.ReportDocument;

/** Composes once and renders both formats from the same model, so the DOCX and the PDF always say the same. */
@Service
public class ReportFiles implements ReportRendering {

    private final ReportComposer composer;
    private final DocxReportRenderer docx;
    private final PdfReportRenderer pdf;
    private final ObjectMapper json;

    ReportFiles(ReportComposer composer, DocxReportRenderer docx, PdfReportRenderer pdf, ObjectMapper json) {
        this.composer = composer;
        this.docx = docx;
        this.pdf = pdf;
        this.json = json;
    }

    @Override
    public RenderedReport render(long reportId) {
        ComposedReport composed = composer.composeWithContent(reportId);
        ReportDocument doc = composed.document();
        return new RenderedReport(docx.render(doc), pdf.render(doc), json.writeValueAsString(FrozenContent.of(composed)));
    }

    public byte[] docx(long reportId) {
        return docx.render(composer.compose(reportId));
    }

    public byte[] pdf(long reportId) {
        return pdf.render(composer.compose(reportId));
    }
}
