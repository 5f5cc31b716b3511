package vn.cchc.report.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.CurrentUser;
import vn.cchc.report.ContentChangedSinceSubmissionException;
import vn.cchc.report.Report;
import vn.cchc.report.ReportPageModel;
import vn.cchc.report.ReportStatus;
import vn.cchc.report.ReportVersions;
import vn.cchc.report.ReportWorkflow;
import vn.cchc.report.Reports;
import vn.cchc.report.SubmissionBlockedException;
import vn.cchc.report.WorkflowAction;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;

/** The report's "Trình ký" tab: state, the user's actions, timeline, signed versions and what changed. */
@Controller
class WorkflowPageController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private final ReportWorkflow workflow;
    private final ReportPageModel pageModel;
    private final ReportVersions versions;
    private final Reports reports;
    private final Messages messages;

    WorkflowPageController(
            ReportWorkflow workflow,
            ReportVersions versions,
            Reports reports,
            MessageSource messages,
            ReportPageModel pageModel) {
        this.pageModel = pageModel;
        this.workflow = workflow;
        this.versions = versions;
        this.reports = reports;
        this.messages = new Messages(messages);
    }

    @GetMapping("/reports/{id}/workflow")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Report report = reports.get(user, id);
        var allowed = workflow.allowedActions(user, report);
        pageModel.addTo(model, report);
        model.addAttribute("summary", reports.summarise(report));
        model.addAttribute("office", workflow.receivingOffice(report).orElse(null));
        model.addAttribute("allowed", allowed);
        model.addAttribute("timeline", versions.timeline(user, id));
        model.addAttribute("snapshots", versions.snapshots(user, id));
        model.addAttribute("changes", versions.changes(user, id));
        model.addAttribute("sinceSubmission", versions.changesSinceSubmission(user, id));
        model.addAttribute(
                "sinceReturned", versions.changesSinceReturned(user, id).orElse(null));
        if (!model.containsAttribute("findings")) {
            model.addAttribute(
                    "findings", allowed.contains(WorkflowAction.SUBMIT) ? workflow.findings(user, id) : List.of());
        }
        return "reports/workflow";
    }

    @PostMapping("/reports/{id}/workflow/submit")
    String submit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirmWarnings,
            @RequestParam(required = false) String seen,
            RedirectAttributes redirect) {
        if (stale(user, id, seen, null, redirect)) return "redirect:/reports/" + id + "/workflow";
        try {
            Report r = workflow.submit(user, id, confirmWarnings);
            redirect.addFlashAttribute(
                    "success",
                    messages.text(r.isSubmittedLate() ? "workflow.done.SUBMIT.late" : "workflow.done.SUBMIT"));
        } catch (SubmissionBlockedException e) {
            redirect.addFlashAttribute("warning", messages.text(e));
            redirect.addFlashAttribute("findings", e.findings());
        }
        return "redirect:/reports/" + id + "/workflow";
    }

    @PostMapping("/reports/{id}/workflow/sign")
    String sign(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String seen,
            RedirectAttributes redirect) {
        if (stale(user, id, seen, null, redirect)) return "redirect:/reports/" + id + "/workflow";
        try {
            workflow.sign(user, id);
            redirect.addFlashAttribute("success", messages.text("workflow.done.SIGN"));
        } catch (SubmissionBlockedException e) {
            redirect.addFlashAttribute("warning", messages.text(e));
            redirect.addFlashAttribute("findings", e.findings());
        } catch (ContentChangedSinceSubmissionException e) {
            redirect.addFlashAttribute("warning", messages.text(e));
        }
        return "redirect:/reports/" + id + "/workflow";
    }

    @PostMapping("/reports/{id}/workflow/return")
    String returnReport(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String comment,
            @RequestParam(required = false) String seen,
            RedirectAttributes redirect) {
        if (stale(user, id, seen, comment, redirect)) return "redirect:/reports/" + id + "/workflow";
        try {
            Report r = workflow.returnTo(user, id, comment);
            redirect.addFlashAttribute("success", messages.text("workflow.done.RETURN", r.getRevision()));
        } catch (ValidationFailedException e) {
            redirect.addFlashAttribute("commentError", e.violations().get(0).message());
        }
        return "redirect:/reports/" + id + "/workflow";
    }

    @PostMapping("/reports/{id}/workflow/withdraw")
    String withdraw(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String seen,
            RedirectAttributes redirect) {
        if (stale(user, id, seen, null, redirect)) return "redirect:/reports/" + id + "/workflow";
        workflow.withdraw(user, id);
        redirect.addFlashAttribute("success", messages.text("workflow.done.WITHDRAW"));
        return "redirect:/reports/" + id + "/workflow";
    }

    @PostMapping("/reports/{id}/workflow/accept")
    String accept(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String seen,
            RedirectAttributes redirect) {
        if (stale(user, id, seen, null, redirect)) return "redirect:/reports/" + id + "/workflow";
        workflow.accept(user, id);
        redirect.addFlashAttribute("success", messages.text("workflow.done.ACCEPT"));
        return "redirect:/reports/" + id + "/workflow";
    }

    @GetMapping("/reports/{id}/versions/{revision}/document.docx")
    ResponseEntity<byte[]> docx(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int revision) {
        return file(
                versions.file(user, id, revision, ReportVersions.Format.DOCX),
                DOCX,
                versionFileName(user, id, revision, "docx"));
    }

    @GetMapping("/reports/{id}/versions/{revision}/document.pdf")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int revision) {
        return file(
                versions.file(user, id, revision, ReportVersions.Format.PDF),
                MediaType.APPLICATION_PDF_VALUE,
                versionFileName(user, id, revision, "pdf"));
    }

    /** «Báo cáo CCHC xã Liên Mạc năm 2023 - phiên bản 2 đã ký.pdf»: unit, kind, period and version, in Vietnamese. */
    private String versionFileName(CurrentUser user, long id, int revision, String extension) {
        var summary = reports.summarise(reports.get(user, id));
        return messages.text(
                        "ux.file.signedVersion", summary.orgUnitName(), summary.periodTitle(), String.valueOf(revision))
                + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String type, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(bytes);
    }

    /**
     * A second tab still showing an older state (the chairman returned the report in another tab, the clerk withdrew
     * it): the action is not taken, the page is shown anew with what happened, and the typed comment is kept.
     */
    private boolean stale(CurrentUser user, long id, String seen, String comment, RedirectAttributes redirect) {
        if (seen == null
                || Arrays.stream(ReportStatus.values()).noneMatch(s -> s.name().equals(seen))) {
            return false;
        }
        Report r = reports.get(user, id);
        if (r.getStatus().name().equals(seen)) return false;
        redirect.addFlashAttribute(
                "warning",
                messages.text(
                        "workflow.stale",
                        messages.text("status." + seen),
                        messages.text("status." + r.getStatus().name())));
        if (comment != null && !comment.isBlank()) redirect.addFlashAttribute("comment", comment);
        return true;
    }
}
