package vn.cchc.composition;

import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.composition.internal.SignatureStamp;
import vn.cchc.rendering.DocxReportRenderer;
import vn.cchc.rendering.PdfReportRenderer;
import vn.cchc.rendering.ReportDocument;
import vn.cchc.rendering.Signature;
import vn.cchc.report.PdfSigning;
import vn.cchc.report.RenderedReport;
import vn.cchc.report.ReportRendering;
import vn.cchc.report.Reports;
import vn.cchc.report.SignatureImages;

/** Composes once and renders both formats from the same model, so the DOCX and the PDF always say the same. */
@Service
public class ReportFiles implements ReportRendering {

    private final ReportComposer composer;
    private final PdfReportRenderer pdf;
    private final ObjectMapper json;
    private final SignatureImages signatureImages;
    private final Reports reports;
    private final PdfSigning pdfSigning;
    private final ReportTemplates templates;

    ReportFiles(
            ReportComposer composer,
            PdfReportRenderer pdf,
            ObjectMapper json,
            SignatureImages signatureImages,
            Reports reports,
            Optional<PdfSigning> pdfSigning,
            ReportTemplates templates) {
        this.templates = templates;
        this.pdfSigning = pdfSigning.orElse(PdfSigning.NONE);
        this.composer = composer;
        this.signatureImages = signatureImages;
        this.reports = reports;
        this.pdf = pdf;
        this.json = json;
    }

    /** The files a signature freezes: with the unit's signature and seal images, where it holds them. */
    @Override
    public RenderedReport render(long reportId) {
        long unitId = reports.getInternal(reportId).getOrgUnitId();
        SignatureImages.UnitImages images = signatureImages.forUnit(unitId);
        byte[] stamp = SignatureStamp.compose(
                images.signature().map(SignatureImages.Image::bytes).orElse(null),
                images.seal().map(SignatureImages.Image::bytes).orElse(null));
        ComposedReport composed = composer.composeWithContent(reportId, stamp);
        ReportDocument doc = composed.document();
        // a digitally signed PDF shows the images in the signatures' own appearance, so the page leaves the room clear
        ReportDocument pdfDoc = pdfSigning.signsFor(unitId) ? withoutSignatureImage(doc) : doc;
        return new RenderedReport(
                docxFor(composed).render(doc), pdf.render(pdfDoc), json.writeValueAsString(FrozenContent.of(composed)));
    }

    private static ReportDocument withoutSignatureImage(ReportDocument d) {
        Signature s = d.signature();
        return new ReportDocument(
                d.letterhead(),
                d.typeTitle(),
                d.summaryLines(),
                d.periodLine(),
                d.body(),
                new Signature(s.authority(), s.title(), s.name()),
                d.recipients(),
                d.appendix(),
                d.furtherAppendices());
    }

    @Override
    public String contentJson(long reportId) {
        return json.writeValueAsString(FrozenContent.of(composer.composeWithContent(reportId, null)));
    }

    public byte[] docx(long reportId) {
        ComposedReport composed = composer.composeWithContent(reportId, null);
        return docxFor(composed).render(composed.document());
    }

    /** The template the report asks for (an office's own, its kind's), or the default one. */
    private DocxReportRenderer docxFor(ComposedReport composed) {
        return templates.rendererFor(composed.docxTemplate());
    }

    public byte[] pdf(long reportId) {
        return pdf.render(composer.compose(reportId));
    }
}
