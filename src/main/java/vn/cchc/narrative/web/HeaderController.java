package vn.cchc.narrative.web;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.CurrentUser;
import vn.cchc.report.Report;
import vn.cchc.report.ReportPageModel;
import vn.cchc.report.Reports;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.Messages;

/** The report header (number, date, summary, signer, recipients), saved through {@link Reports#updateHeader}. */
@Controller
@RequestMapping("/reports/{reportId}/header")
class HeaderController {

    private final Reports reports;
    private final ReportPageModel pageModel;
    private final Messages messages;

    HeaderController(Reports reports, MessageSource messages, ReportPageModel pageModel) {
        this.pageModel = pageModel;
        this.reports = reports;
        this.messages = new Messages(messages);
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId, Model model) {
        Report report = reports.get(user, reportId);
        model.addAttribute("form", HeaderForm.of(report));
        return page(report, model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @ModelAttribute("form") HeaderForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Report report = reports.requireEditable(user, reportId);
        if (!user.seesAll() && !report.getOrgUnitId().equals(user.unitId())) {
            throw new ForbiddenException("records.forbidden.otherUnit");
        }
        if (form.getNumberSymbol() != null && form.getNumberSymbol().trim().length() > 50) {
            binding.rejectValue("numberSymbol", "invalid", messages.text("header.numberSymbol.size"));
        }
        if (form.getReportDate() != null
                && !form.getReportDate().isBlank()
                && Dates.parse(form.getReportDate()) == null) {
            binding.rejectValue("reportDate", "invalid", messages.text("header.reportDate.invalid"));
        }
        checkLength(binding, "signerAuthority", form.getSignerAuthority(), 100);
        checkLength(binding, "signerTitle", form.getSignerTitle(), 100);
        checkLength(binding, "signerName", form.getSignerName(), 200);
        if (form.getLockVersion() == null) {
            stale(binding, form, report, model);
        }
        if (binding.hasErrors()) return page(report, model);
        try {
            // The version is checked inside the saving transaction, on the locked row (lost updates otherwise).
            reports.updateHeader(user, reportId, form.toHeader(), form.getLockVersion());
        } catch (ConflictException e) {
            if (!"error.staleVersion".equals(e.messageKey())) throw e;
            stale(binding, form, reports.get(user, reportId), model);
            return page(report, model);
        } catch (OptimisticLockingFailureException e) {
            stale(binding, form, reports.get(user, reportId), model);
            return page(report, model);
        }
        redirect.addFlashAttribute("success", messages.text("header.saved"));
        return "redirect:/reports/" + reportId;
    }

    /** Keeps what the user typed, shows what is stored now, and lets a second save overwrite it knowingly. */
    private void stale(BindingResult binding, HeaderForm form, Report current, Model model) {
        binding.reject("stale", messages.text("error.staleVersion"));
        form.setLockVersion(current.getLockVersion());
        model.addAttribute("staleCurrent", HeaderForm.of(current));
    }

    private void checkLength(BindingResult binding, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            binding.rejectValue(
                    field, "invalid", messages.text("header.field.size", messages.text("header.field." + field), max));
        }
    }

    private String page(Report report, Model model) {
        pageModel.addTo(model, report);
        return "narrative/header";
    }
}
