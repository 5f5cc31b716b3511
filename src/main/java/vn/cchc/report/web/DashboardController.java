package vn.cchc.report.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.ReportOpening;
import vn.cchc.report.ReportStatus;
import vn.cchc.report.ReportSummary;
import vn.cchc.report.ReportWorkflow;
import vn.cchc.report.Reports;
import vn.cchc.report.WorkflowAction;

/** After sign-in: the user's unit, its periods and reports with their status, and what waits for the user. */
@Controller
class DashboardController {

    private final Reports reports;
    private final OrgUnits orgUnits;
    private final Periods periods;
    private final ReportWorkflow workflow;
    private final ReportOpening opening;

    DashboardController(
            Reports reports, OrgUnits orgUnits, Periods periods, ReportWorkflow workflow, ReportOpening opening) {
        this.opening = opening;
        this.reports = reports;
        this.orgUnits = orgUnits;
        this.periods = periods;
        this.workflow = workflow;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<ReportSummary> visible = reports.visible(user, null, null);
        model.addAttribute("unit", user.unitId() == null ? null : orgUnits.get(user.unitId()));
        model.addAttribute("reports", visible);
        model.addAttribute("periods", periods.all());
        model.addAttribute("openPeriods", user.unitId() == null ? List.of() : opening.openWithoutReport(user.unitId()));
        Map<ReportStatus, Long> counts = new TreeMap<>(
                visible.stream().collect(Collectors.groupingBy(ReportSummary::status, Collectors.counting())));
        model.addAttribute("statusCounts", counts);
        // What waits for this user: the reports on which the user may take the next step (submit, sign, accept).
        Map<WorkflowAction, List<ReportSummary>> waitingBy = workflow.waitingFor(user);
        model.addAttribute("waitingBy", waitingBy);
        model.addAttribute(
                "waiting",
                waitingBy.values().stream().flatMap(List::stream).distinct().toList());
        return "dashboard";
    }
}
