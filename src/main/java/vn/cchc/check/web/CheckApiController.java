package vn.cchc.check.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.account.CurrentUser;
import vn.cchc.check.Finding;
import vn.cchc.check.ReportChecks;
import vn.cchc.report.Reports;

/** {@code GET /api/v1/reports/{id}/checks} → {@code [{rule, severity, message, target}]}; 404 if not visible. */
@RestController
class CheckApiController {

    private final Reports reports;
    private final ReportChecks checks;

    CheckApiController(Reports reports, ReportChecks checks) {
        this.reports = reports;
        this.checks = checks;
    }

    @GetMapping("/api/v1/reports/{id}/checks")
    List<FindingJson> checks(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        reports.get(user, id);
        return checks.run(id).stream().map(FindingJson::of).toList();
    }

    record FindingJson(String rule, String severity, String message, String target) {
        static FindingJson of(Finding f) {
            return new FindingJson(f.rule(), f.severity().name(), f.message(), f.target());
        }
    }
}
