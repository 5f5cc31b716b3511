package vn.cchc.report.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.account.CurrentUser;
import vn.cchc.report.Report;
import vn.cchc.report.ReportPageModel;
import vn.cchc.report.Reports;
import vn.cchc.shared.AuditTrail;

/** The report's home page: header, status, links to its records. */
@Controller
class ReportPageController {

    private final Reports reports;
    private final ReportPageModel pageModel;
    private final AuditTrail audit;

    ReportPageController(Reports reports, AuditTrail audit, ReportPageModel pageModel) {
        this.pageModel = pageModel;
        this.reports = reports;
        this.audit = audit;
    }

    @GetMapping("/reports/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Report report = reports.get(user, id);
        pageModel.addTo(model, report);
        model.addAttribute("summary", reports.summarise(report));
        model.addAttribute("history", audit.forReport(id));
        return "reports/show";
    }
}
