package vn.cchc.report.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.account.CurrentUser;
import vn.cchc.report.ReportSummary;
import vn.cchc.report.Reports;

@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    private final Reports reports;

    ReportApiController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping
    List<ReportJson> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
                          @RequestParam(required = false) Long orgUnitId) {
        return reports.visible(user, year, orgUnitId).stream().map(ReportJson::of).toList();
    }

    record ReportJson(Long id, Long orgUnitId, String orgUnitName, String periodTitle, LocalDate periodStart,
                      LocalDate periodEnd, String status, int version) {
        static ReportJson of(ReportSummary s) {
            return new ReportJson(s.id(), s.orgUnitId(), s.orgUnitName(), s.periodTitle(), s.periodStart(),
                    s.periodEnd(), s.status().name(), s.version());
        }
    }
}
