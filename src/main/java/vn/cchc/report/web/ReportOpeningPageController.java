package vn.cchc.report.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.CurrentUser;
import vn.cchc.report.Report;
import vn.cchc.report.ReportOpening;
import vn.cchc.shared.ValidationFailedException;

/** The dashboard's «Lập báo cáo» button. */
@Controller
class ReportOpeningPageController {

    private final ReportOpening opening;

    ReportOpeningPageController(ReportOpening opening) {
        this.opening = opening;
    }

    @PostMapping("/reports/open")
    String open(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam Long orgUnitId,
            @RequestParam Long periodId,
            RedirectAttributes redirect) {
        try {
            Report r = opening.open(user, orgUnitId, periodId);
            redirect.addFlashAttribute("success", "Đã lập báo cáo.");
            return "redirect:/reports/" + r.getId();
        } catch (ValidationFailedException e) {
            redirect.addFlashAttribute("error", e.violations().get(0).message());
            return "redirect:/";
        }
    }
}
