package vn.cchc.report.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.account.CurrentUser;
import vn.cchc.report.ContentChangedSinceSubmissionException;
import vn.cchc.report.Report;
import vn.cchc.report.ReportSnapshot;
import vn.cchc.report.ReportTransition;
import vn.cchc.report.ReportVersions;
import vn.cchc.report.ReportWorkflow;
import vn.cchc.report.SubmissionBlockedException;
import vn.cchc.shared.Messages;

/**
 * Sign-off over the API. 404 when the caller may not see the report, 403 when the caller's role or unit may not
 * take the step, 409 when the report's status does not allow it, 422 for a return without a comment.
 */
@RestController
@RequestMapping("/api/v1/reports/{id}")
class WorkflowApiController {

    private final ReportWorkflow workflow;
    private final ReportVersions versions;
    private final Messages messages;

    WorkflowApiController(ReportWorkflow workflow, ReportVersions versions, MessageSource messages) {
        this.workflow = workflow;
        this.versions = versions;
        this.messages = new Messages(messages);
    }

    record SubmitBody(Boolean confirmWarnings) {}

    record ReturnBody(String comment) {}

    record StatusJson(long id, String status, int version, boolean submittedLate) {
        static StatusJson of(Report r) {
            return new StatusJson(r.getId(), r.getStatus().name(), r.getRevision(), r.isSubmittedLate());
        }
    }

    @Operation(summary = "Trình báo cáo (công chức xã)", description = """
            Runs the consistency checks first. Errors always block: 409 problem+json with `findings`
            [{rule, severity, message, target}] and `blockedBy: "ERRORS"` — 409, not 422, because the request itself is
            valid; it is the report's records that are not in a state that may be submitted. Warnings block only
            until confirmed: send `{"confirmWarnings": true}` to submit anyway (otherwise 409 with
            `blockedBy: "WARNINGS"`). Past the period's deadline the submission is marked late (`submittedLate`).""")
    @PostMapping("/submit")
    StatusJson submit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestBody(required = false) SubmitBody body) {
        boolean confirm = body != null && Boolean.TRUE.equals(body.confirmWarnings());
        return StatusJson.of(workflow.submit(user, id, confirm));
    }

    @Operation(
            summary = "Ký báo cáo (Chủ tịch UBND xã)",
            description = "Freezes the report: the DOCX and PDF "
                    + "rendered now are kept byte for byte with their SHA-256 (see GET …/versions).")
    @PostMapping("/sign")
    StatusJson sign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return StatusJson.of(workflow.sign(user, id));
    }

    @Operation(
            summary = "Trả lại báo cáo",
            description =
                    "Body {comment}, required (422 when blank). The chairman "
                            + "returns a submitted report, the receiving office a signed one; the report continues as version + 1.")
    @PostMapping("/return")
    StatusJson returnReport(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestBody(required = false) ReturnBody body) {
        return StatusJson.of(workflow.returnTo(user, id, body == null ? null : body.comment()));
    }

    @Operation(summary = "Tiếp nhận báo cáo (cơ quan tiếp nhận)")
    @PostMapping("/accept")
    StatusJson accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return StatusJson.of(workflow.accept(user, id));
    }

    @Operation(summary = "Rút lại báo cáo đã trình (công chức, khi Chủ tịch chưa ký hoặc trả lại)")
    @PostMapping("/withdraw")
    StatusJson withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return StatusJson.of(workflow.withdraw(user, id));
    }

    @Operation(summary = "Các phiên bản đã ký với mã SHA-256 của tệp")
    @GetMapping("/versions")
    List<ReportSnapshot> versions(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return versions.snapshots(user, id);
    }

    @Operation(summary = "Tệp DOCX đã ký của một phiên bản, đúng từng byte như lúc ký")
    @GetMapping("/versions/{revision}/document.docx")
    ResponseEntity<byte[]> versionDocx(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int revision) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(versions.file(user, id, revision, ReportVersions.Format.DOCX));
    }

    @Operation(summary = "Tệp PDF đã ký của một phiên bản, đúng từng byte như lúc ký")
    @GetMapping("/versions/{revision}/document.pdf")
    ResponseEntity<byte[]> versionPdf(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int revision) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .body(versions.file(user, id, revision, ReportVersions.Format.PDF));
    }

    @Operation(summary = "Diễn biến trình ký: ai, khi nào, từ trạng thái nào sang trạng thái nào, ý kiến")
    @GetMapping("/transitions")
    List<ReportTransition> transitions(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return versions.timeline(user, id);
    }

    @ExceptionHandler(ContentChangedSinceSubmissionException.class)
    ResponseEntity<ProblemDetail> changed(ContentChangedSinceSubmissionException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.text(e));
        pd.setProperty("blockedBy", "CHANGED_SINCE_SUBMISSION");
        pd.setProperty(
                "changes",
                e.changes().stream()
                        .map(c -> Map.of(
                                "kind",
                                c.kind().name(),
                                "section",
                                c.section(),
                                "path",
                                c.path(),
                                "before",
                                c.before() == null ? "" : c.before(),
                                "after",
                                c.after() == null ? "" : c.after()))
                        .toList());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(pd);
    }

    @ExceptionHandler(SubmissionBlockedException.class)
    ResponseEntity<ProblemDetail> blocked(SubmissionBlockedException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.text(e));
        pd.setProperty("blockedBy", e.hasErrors() ? "ERRORS" : "WARNINGS");
        pd.setProperty(
                "findings",
                e.findings().stream()
                        .map(f -> Map.of(
                                "rule",
                                f.rule(),
                                "severity",
                                f.severity().name(),
                                "message",
                                f.message(),
                                "target",
                                f.target() == null ? "" : f.target()))
                        .toList());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(pd);
    }
}
