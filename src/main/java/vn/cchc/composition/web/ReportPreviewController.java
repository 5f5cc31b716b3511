package vn.cchc.composition.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.account.CurrentUser;
import vn.cchc.composition.ReportComposer;
import vn.cchc.report.Report;
import vn.cchc.report.Reports;
import vn.cchc.rendering.HtmlPreviewRenderer;

/** The report as it will print, on screen, with the download buttons. */
@Controller
class ReportPreviewController {

    private final Reports reports;
    private final ReportComposer composer;
    private final HtmlPreviewRenderer html;

    ReportPreviewController(Reports reports, ReportComposer composer, HtmlPreviewRenderer html) {
        this.reports = reports;
        this.composer = composer;
        this.html = html;
    }

    @GetMapping("/reports/{id}/preview")
    String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Report report = reports.get(user, id);
        model.addAttribute("report", report);
        model.addAttribute("summary", reports.summarise(report));
        // the renderer escapes every text of the model; the fragment is safe to insert as HTML
        model.addAttribute("previewHtml", html.toHtml(composer.compose(id)));
        return "reports/preview";
    }
}
