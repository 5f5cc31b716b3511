package vn.cchc.composition.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.account.CurrentUser;
import vn.cchc.composition.ReportComposer;
import vn.cchc.rendering.HtmlPreviewRenderer;
import vn.cchc.report.Report;
import vn.cchc.report.ReportPageModel;
import vn.cchc.report.ReportSnapshot;
import vn.cchc.report.ReportStatus;
import vn.cchc.report.ReportVersions;
import vn.cchc.report.Reports;

/**
 * The report as it will print, on screen, with the download buttons. A signed report is previewed from its frozen
 * PDF (the file and its text), never re-rendered from today's records, which may have changed since.
 */
@Controller
class ReportPreviewController {

    private final Reports reports;
    private final ReportComposer composer;
    private final HtmlPreviewRenderer html;
    private final ReportVersions versions;
    private final ReportPageModel pageModel;

    ReportPreviewController(
            Reports reports,
            ReportComposer composer,
            HtmlPreviewRenderer html,
            ReportVersions versions,
            ReportPageModel pageModel) {
        this.pageModel = pageModel;
        this.reports = reports;
        this.composer = composer;
        this.html = html;
        this.versions = versions;
    }

    @GetMapping("/reports/{id}/preview")
    String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Report report = reports.get(user, id);
        pageModel.addTo(model, report);
        model.addAttribute("summary", reports.summarise(report));
        boolean signed = report.getStatus() == ReportStatus.SIGNED || report.getStatus() == ReportStatus.ACCEPTED;
        Optional<ReportSnapshot> frozen = signed ? versions.latestSigned(id) : Optional.empty();
        if (frozen.isPresent()) {
            byte[] pdf =
                    versions.latestSignedFile(id, ReportVersions.Format.PDF).orElseThrow();
            model.addAttribute("frozen", frozen.get());
            model.addAttribute("frozenPages", pages(pdf));
            return "reports/preview";
        }
        // the renderer escapes every text of the model; the fragment is safe to insert as HTML
        model.addAttribute("previewHtml", html.toHtml(composer.compose(id)));
        return "reports/preview";
    }

    /** The frozen PDF's text, page by page, as lines (shown as text: escaped by the template). */
    private static List<List<String>> pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            return IntStream.rangeClosed(1, doc.getNumberOfPages())
                    .mapToObj(p -> {
                        stripper.setStartPage(p);
                        stripper.setEndPage(p);
                        try {
                            return Arrays.stream(stripper.getText(doc).split("\\R"))
                                    .filter(l -> !l.isBlank())
                                    .toList();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the frozen PDF", e);
        }
    }
}
