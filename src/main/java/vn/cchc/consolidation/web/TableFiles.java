package vn.cchc.consolidation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import vn.cchc.consolidation.ConsolidatedTable;
import vn.cchc.consolidation.Consolidations;
import vn.cchc.consolidation.internal.DocxTableWriter;
import vn.cchc.consolidation.internal.FileNames;
import vn.cchc.consolidation.internal.PdfTableWriter;
import vn.cchc.consolidation.internal.TableText;
import vn.cchc.consolidation.internal.XlsxTableWriter;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.shared.NotFoundException;

/** Writes the table files and the signed-reports ZIP to a response (shared by the API and the pages). */
@Component
class TableFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final XlsxTableWriter xlsx;
    private final DocxTableWriter docx;
    private final PdfTableWriter pdf;
    private final TableText text;
    private final Consolidations consolidations;

    TableFiles(
            XlsxTableWriter xlsx,
            DocxTableWriter docx,
            PdfTableWriter pdf,
            TableText text,
            Consolidations consolidations) {
        this.xlsx = xlsx;
        this.docx = docx;
        this.pdf = pdf;
        this.text = text;
        this.consolidations = consolidations;
    }

    void table(ConsolidatedTable t, String ext, HttpServletResponse response) throws IOException {
        byte[] bytes;
        String type;
        switch (ext) {
            case "xlsx" -> {
                bytes = xlsx.write(t);
                type = XLSX;
            }
            case "docx" -> {
                bytes = docx.write(t);
                type = DOCX;
            }
            case "pdf" -> {
                bytes = pdf.write(t);
                type = "application/pdf";
            }
            default -> throw new NotFoundException("error.notFound");
        }
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(text.fileName(t), ext));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    void signedZip(OrgUnit office, ReportingPeriod period, HttpServletResponse response) throws IOException {
        String name = text.msg(
                "consolidation.doc.zipName", TableText.nfc(office.getName()), TableText.nfc(period.getTitle()));
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(name, "zip"));
        String header = text.msg(
                "consolidation.doc.zipList", TableText.nfc(office.getName()), TableText.nfc(period.getTitle()));
        consolidations.writeSignedReports(office, period, header, response.getOutputStream());
        response.flushBuffer();
    }
}
