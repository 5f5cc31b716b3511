package vn.cchc.report.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Report;
import vn.cchc.report.Reports;
import vn.cchc.shared.AuditTrail;

/** The report's home page: header, status, links to its records. */
@Controller
class ReportPageController {

    private final Reports reports;
    private final OrgUnits orgUnits;
    private final Periods periods;
    private final AuditTrail audit;

    ReportPageController(Reports reports, OrgUnits orgUnits, Periods periods, AuditTrail audit) {
        this.reports = reports;
        this.orgUnits = orgUnits;
        this.periods = periods;
        this.audit = audit;
    }

    @GetMapping("/reports/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Report report = reports.get(user, id);
        model.addAttribute("report", report);
        model.addAttribute("summary", reports.summarise(report));
        model.addAttribute("unit", orgUnits.get(report.getOrgUnitId()));
        model.addAttribute("period", periods.get(report.getPeriodId()));
        model.addAttribute("history", audit.forReport(id));
        return "reports/show";
    }
}
