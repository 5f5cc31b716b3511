package vn.cchc.composition.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.account.CurrentUser;
import vn.cchc.composition.ReportFiles;
import vn.cchc.report.Report;
import vn.cchc.report.ReportSummary;
import vn.cchc.report.Reports;

/** The report as DOCX and PDF, for the API and the download buttons alike. */
@RestController
class ReportDocumentController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private final Reports reports;
    private final ReportFiles files;

    ReportDocumentController(Reports reports, ReportFiles files) {
        this.reports = reports;
        this.files = files;
    }

    @GetMapping({"/api/v1/reports/{id}/document.docx", "/reports/{id}/document.docx"})
    ResponseEntity<byte[]> docx(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Report report = reports.get(user, id);
        return file(reports.summarise(report), files.docx(id), MediaType.parseMediaType(DOCX), "docx");
    }

    @GetMapping({"/api/v1/reports/{id}/document.pdf", "/reports/{id}/document.pdf"})
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Report report = reports.get(user, id);
        return file(reports.summarise(report), files.pdf(id), MediaType.APPLICATION_PDF, "pdf");
    }

    private static ResponseEntity<byte[]> file(ReportSummary s, byte[] bytes, MediaType type, String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ReportFileNames.contentDisposition(s.orgUnitName(), s.periodTitle(), extension))
                .body(bytes);
    }
}
