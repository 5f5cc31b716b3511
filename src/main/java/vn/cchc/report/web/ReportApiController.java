package vn.cchc.report.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.account.CurrentUser;
import vn.cchc.report.Report;
import vn.cchc.report.ReportOpening;
import vn.cchc.report.ReportSummary;
import vn.cchc.report.Reports;
import vn.cchc.report.SigningDetails;

@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    private final Reports reports;
    private final ReportOpening opening;
    private final SigningDetails signing;

    ReportApiController(Reports reports, ReportOpening opening, SigningDetails signing) {
        this.reports = reports;
        this.opening = opening;
        this.signing = signing;
    }

    /** «Lập báo cáo»: 201 with the new report; 409 when it exists; 404/403 for another unit. */
    @PostMapping
    ResponseEntity<ReportJson> open(@AuthenticationPrincipal CurrentUser user, @RequestBody OpenBody body) {
        Report r = opening.open(user, body.orgUnitId(), body.periodId());
        return ResponseEntity.status(HttpStatus.CREATED).body(ReportJson.of(reports.summarise(r)));
    }

    /** Number, date and signer before signing (all optional: blank number is allotted, no date is the signing day). */
    @PutMapping("/{id}/signing-details")
    SigningJson choose(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody SigningJson body) {
        Report r = signing.choose(user, id, body.numberSymbol(), body.reportDate(), body.signerOfficialId());
        return SigningJson.of(r);
    }

    @GetMapping("/{id}/signing-details")
    SigningJson signingDetails(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return SigningJson.of(reports.get(user, id));
    }

    record OpenBody(Long orgUnitId, Long periodId) {}

    record SigningJson(
            String numberSymbol,
            LocalDate reportDate,
            Long signerOfficialId,
            String signerAuthority,
            String signerTitle,
            String signerName) {
        static SigningJson of(Report r) {
            var h = r.header();
            return new SigningJson(
                    h.numberSymbol(),
                    h.reportDate(),
                    r.getSignerOfficialId(),
                    h.signerAuthority(),
                    h.signerTitle(),
                    h.signerName());
        }
    }

    @GetMapping
    List<ReportJson> list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long orgUnitId) {
        return reports.visible(user, year, orgUnitId).stream()
                .map(ReportJson::of)
                .toList();
    }

    record ReportJson(
            Long id,
            Long orgUnitId,
            String orgUnitName,
            Long periodId,
            String periodTitle,
            LocalDate periodStart,
            LocalDate periodEnd,
            String status,
            int version) {
        static ReportJson of(ReportSummary s) {
            return new ReportJson(
                    s.id(),
                    s.orgUnitId(),
                    s.orgUnitName(),
                    s.periodId(),
                    s.periodTitle(),
                    s.periodStart(),
                    s.periodEnd(),
                    s.status().name(),
                    s.version());
        }
    }
}
