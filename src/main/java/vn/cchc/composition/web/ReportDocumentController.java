package vn.cchc.composition.web;

import java.util.Optional;
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
import vn.cchc.report.ReportStatus;
import vn.cchc.report.ReportSummary;
import vn.cchc.report.ReportVersions;
import vn.cchc.report.Reports;

/** The report as DOCX and PDF, for the API and the download buttons alike. */
@RestController
class ReportDocumentController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private final Reports reports;
    private final ReportFiles files;
    private final ReportVersions versions;

    ReportDocumentController(Reports reports, ReportFiles files, ReportVersions versions) {
        this.reports = reports;
        this.files = files;
        this.versions = versions;
    }

    @GetMapping({"/api/v1/reports/{id}/document.docx", "/reports/{id}/document.docx"})
    ResponseEntity<byte[]> docx(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Report report = reports.get(user, id);
        byte[] bytes = frozen(report, ReportVersions.Format.DOCX).orElseGet(() -> files.docx(id));
        return file(reports.summarise(report), bytes, MediaType.parseMediaType(DOCX), "docx");
    }

    @GetMapping({"/api/v1/reports/{id}/document.pdf", "/reports/{id}/document.pdf"})
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Report report = reports.get(user, id);
        byte[] bytes = frozen(report, ReportVersions.Format.PDF).orElseGet(() -> files.pdf(id));
        return file(reports.summarise(report), bytes, MediaType.APPLICATION_PDF, "pdf");
    }

    /** A signed (or accepted) report is the files rendered at signing, byte for byte; never a re-rendering. */
    private Optional<byte[]> frozen(Report report, ReportVersions.Format format) {
        boolean signed = report.getStatus() == ReportStatus.SIGNED || report.getStatus() == ReportStatus.ACCEPTED;
        return signed ? versions.latestSignedFile(report.getId(), format) : Optional.empty();
    }

    private static ResponseEntity<byte[]> file(ReportSummary s, byte[] bytes, MediaType type, String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ReportFileNames.contentDisposition(s.orgUnitName(), s.periodTitle(), extension))
                .body(bytes);
    }
}
