package vn.cchc.check.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.account.CurrentUser;
import vn.cchc.check.Finding;
import vn.cchc.check.ReportChecks;
import vn.cchc.check.Severity;
import vn.cchc.report.Report;
import vn.cchc.report.ReportPageModel;
import vn.cchc.report.Reports;

/** The report's "Kiểm tra" tab: runs the checks on every visit (the button re-loads it) and lists the findings. */
@Controller
class CheckPageController {

    private final Reports reports;
    private final ReportPageModel pageModel;
    private final ReportChecks checks;

    CheckPageController(Reports reports, ReportChecks checks, ReportPageModel pageModel) {
        this.pageModel = pageModel;
        this.reports = reports;
        this.checks = checks;
    }

    @GetMapping("/reports/{id}/checks")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Report report = reports.get(user, id);
        List<Finding> findings = checks.run(id);
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            groups.put(s.name(), findings.stream().filter(f -> f.severity() == s).toList());
        }
        pageModel.addTo(model, report);
        model.addAttribute("findings", findings);
        model.addAttribute("groups", groups);
        model.addAttribute("severities", Severity.values());
        model.addAttribute("ranAt", Instant.now());
        return "checks/show";
    }
}
