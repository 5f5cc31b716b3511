package vn.cchc.parindex.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import vn.cchc.document.Diacritics;
import vn.cchc.parindex.AssessmentView;
import vn.cchc.parindex.Results;
import vn.cchc.parindex.internal.ParDocuments;
import vn.cchc.parindex.internal.ResultsXlsx;
import vn.cchc.rendering.DocxReportRenderer;
import vn.cchc.rendering.PdfReportRenderer;
import vn.cchc.rendering.ReportRenderer;
import vn.cchc.spreadsheet.XlsxTemplates;

/** Writes the self-assessment (DOCX/PDF) and the results (XLSX/PDF) as downloads with a readable file name. */
@Component
class ParIndexFiles {

    private final ParDocuments documents;
    private final ResultsXlsx xlsx;
    private final DocxReportRenderer docx;
    private final PdfReportRenderer pdf;

    ParIndexFiles(ParDocuments documents, ResultsXlsx xlsx, DocxReportRenderer docx, PdfReportRenderer pdf) {
        this.documents = documents;
        this.xlsx = xlsx;
        this.docx = docx;
        this.pdf = pdf;
    }

    void selfAssessment(AssessmentView a, String ext, HttpServletResponse response) throws IOException {
        ReportRenderer r = "pdf".equals(ext) ? pdf : docx;
        send(
                response,
                r.render(documents.selfAssessment(a)),
                r.contentType(),
                "tu-cham-chi-so-cchc-" + slug(a.unitName()) + "-" + a.year() + "." + ext);
    }

    void results(Results res, String ext, HttpServletResponse response) throws IOException {
        String name = "ket-qua-chi-so-cchc-" + slug(res.office().getName()) + "-" + res.year() + "." + ext;
        if ("xlsx".equals(ext)) send(response, xlsx.write(res), XlsxTemplates.CONTENT_TYPE, name);
        else send(response, pdf.render(documents.results(res)), pdf.contentType(), name);
    }

    private static void send(HttpServletResponse response, byte[] bytes, String type, String name) throws IOException {
        response.setContentType(type);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static String slug(String name) {
        return Diacritics.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
