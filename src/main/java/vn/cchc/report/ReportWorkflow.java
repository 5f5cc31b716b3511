package vn.cchc.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.account.CurrentUser;
import vn.cchc.account.Role;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.ValidationFailedException;

/**
 * Who may move a report: the clerk of the commune submits, its chairman signs or returns, its receiving office
 * (the parent on the period's end date) accepts or returns. The {@link Report} itself decides which transitions
 * its status allows. Order of refusals: 404 (may not see the report), 403 (not a party to this action), 409 (the
 * status does not allow it), 422 (a return without a comment).
 */
@Service
@Transactional(readOnly = true)
public class ReportWorkflow {

    /** The part a user plays for one report. */
    public enum Party {
        CLERK,
        CHAIRMAN,
        RECEIVING_OFFICE,
        NONE
    }

    private final Reports reports;
    private final ReportRepository repository;
    private final OrgUnits orgUnits;
    private final Periods periods;
    private final SubmissionChecks checks;
    private final ReportRendering rendering;
    private final WorkflowStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final SigningDetails signing;
    private final SubmissionDrift submissionDrift;
    private final PdfSigning pdfSigning;

    ReportWorkflow(
            Reports reports,
            ReportRepository repository,
            OrgUnits orgUnits,
            Periods periods,
            SubmissionChecks checks,
            ReportRendering rendering,
            WorkflowStore store,
            AuditTrail audit,
            Clock clock,
            SigningDetails signing,
            SubmissionDrift submissionDrift,
            Optional<PdfSigning> pdfSigning) {
        this.signing = signing;
        this.submissionDrift = submissionDrift;
        this.pdfSigning = pdfSigning.orElse(PdfSigning.NONE);
        this.reports = reports;
        this.repository = repository;
        this.orgUnits = orgUnits;
        this.periods = periods;
        this.checks = checks;
        this.rendering = rendering;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The clerk submits; errors of the checks block it, warnings need {@code confirmWarnings}. */
    @Transactional
    public Report submit(CurrentUser user, long reportId, boolean confirmWarnings) {
        repository.lockById(reportId); // serialise transitions of one report (a second signer then gets 409)
        Report r = reports.get(user, reportId);
        authorize(user, r, WorkflowAction.SUBMIT);
        List<SubmissionFinding> findings = checks.findings(reportId);
        if (findings.stream().anyMatch(SubmissionFinding::blocks)) throw new SubmissionBlockedException(findings, true);
        if (!confirmWarnings && findings.stream().anyMatch(SubmissionFinding::needsConfirmation)) {
            throw new SubmissionBlockedException(findings, false);
        }
        ReportingPeriod period = periods.get(r.getPeriodId());
        boolean late = LocalDate.now(clock).isAfter(period.getDeadline());
        ReportStatus from = r.getStatus();
        Instant now = clock.instant();
        r.submit(now, late);
        // what the chairman will sign is what is submitted now: signing compares against this content
        store.putSubmission(r.getId(), r.getRevision(), rendering.contentJson(reportId), user.username(), now);
        record(user, r, WorkflowAction.SUBMIT, from, null, late, now);
        return repository.saveAndFlush(r);
    }

    /** The chairman signs: the files are rendered now and kept byte for byte with their SHA-256. */
    @Transactional
    public Report sign(CurrentUser user, long reportId) {
        repository.lockById(reportId); // serialise transitions of one report (a second signer then gets 409)
        Report r = reports.get(user, reportId);
        authorize(user, r, WorkflowAction.SIGN);
        signing.complete(r); // number from the register, date, signer: 409 when no one can sign
        // the checks again: records shared with other reports (the unit's register) may have changed meanwhile
        List<SubmissionFinding> findings = checks.findings(reportId);
        if (findings.stream().anyMatch(SubmissionFinding::blocks)) throw SubmissionBlockedException.atSigning(findings);
        RenderedReport files = rendering.render(reportId);
        List<ContentDiff.Change> drift = submissionDrift.since(r, files.contentJson());
        if (!drift.isEmpty()) throw new ContentChangedSinceSubmissionException(drift);
        ReportStatus from = r.getStatus();
        Instant now = clock.instant();
        r.sign(now);
        String signerName =
                blank(r.header().signerName()) ? user.fullName() : r.header().signerName();
        files = pdfSigning
                .sign(new PdfSigning.Request(
                        r.getId(), r.getRevision(), r.getOrgUnitId(), files.pdf(), signerName, user.username(), now))
                .map(files::withPdf)
                .orElse(files);
        ReportSnapshot snapshot = store.addSnapshot(
                r, files, orgUnits.get(r.getOrgUnitId()).getLetterheadName(), signerName, user.username(), now);
        record(user, r, WorkflowAction.SIGN, from, null, false, now);
        signing.enter(
                r,
                String.join(" ", r.header().summaryLines()).strip().isEmpty()
                        ? "Báo cáo " + periods.get(r.getPeriodId()).getTitle()
                        : String.join(" ", r.header().summaryLines()));
        return repository.saveAndFlush(r);
    }

    /**
     * A report entered as already signed (the demo's past years, an import) gets the files a signature would have
     * frozen: rendered, digitally signed where the unit has keys, stored with their SHA-256. Does nothing when the
     * report is not signed or already has its files.
     */
    @Transactional
    public void freezeEnteredAsSigned(long reportId) {
        repository.lockById(reportId);
        Report r = reports.getInternal(reportId);
        if (r.getStatus() != ReportStatus.SIGNED && r.getStatus() != ReportStatus.ACCEPTED) return;
        if (store.snapshot(reportId, r.getRevision()).isPresent()) return;
        Instant at = r.getSignedAt() != null ? r.getSignedAt() : clock.instant();
        String signerName = blank(r.header().signerName()) ? "…" : r.header().signerName();
        RenderedReport files = rendering.render(reportId);
        files = pdfSigning
                .sign(new PdfSigning.Request(
                        r.getId(), r.getRevision(), r.getOrgUnitId(), files.pdf(), signerName, "demo", at))
                .map(files::withPdf)
                .orElse(files);
        store.addSnapshot(r, files, orgUnits.get(r.getOrgUnitId()).getLetterheadName(), signerName, "demo", at);
    }

    /** Back to the clerk with a comment, as a new version; a signed version keeps its files. */
    @Transactional
    public Report returnTo(CurrentUser user, long reportId, String comment) {
        repository.lockById(reportId); // serialise transitions of one report (a second signer then gets 409)
        Report r = reports.get(user, reportId);
        authorize(user, r, WorkflowAction.RETURN);
        if (blank(comment)) {
            throw new ValidationFailedException(List.of(
                    new FieldViolation("comment", "Ý kiến khi trả lại: bắt buộc, hãy ghi rõ nội dung cần sửa.")));
        }
        ReportStatus from = r.getStatus();
        int revision = r.getRevision();
        Instant now = clock.instant();
        r.returnTo(now);
        record(user, r, WorkflowAction.RETURN, from, comment.strip(), false, now, revision);
        return repository.saveAndFlush(r);
    }

    /** The clerk withdraws the submission before the chairman signs or returns it: a draft again, to be changed. */
    @Transactional
    public Report withdraw(CurrentUser user, long reportId) {
        repository.lockById(reportId); // a chairman signing at the same moment: one of the two gets 409
        Report r = reports.get(user, reportId);
        authorize(user, r, WorkflowAction.WITHDRAW);
        ReportStatus from = r.getStatus();
        Instant now = clock.instant();
        r.withdraw(now);
        record(user, r, WorkflowAction.WITHDRAW, from, null, false, now);
        return repository.saveAndFlush(r);
    }

    /** The receiving office accepts the signed report. */
    @Transactional
    public Report accept(CurrentUser user, long reportId) {
        repository.lockById(reportId); // serialise transitions of one report (a second signer then gets 409)
        Report r = reports.get(user, reportId);
        authorize(user, r, WorkflowAction.ACCEPT);
        ReportStatus from = r.getStatus();
        Instant now = clock.instant();
        r.accept(now);
        record(user, r, WorkflowAction.ACCEPT, from, null, false, now);
        return repository.saveAndFlush(r);
    }

    /** The findings the clerk will meet on submitting (for the page, before pressing the button). */
    public List<SubmissionFinding> findings(CurrentUser user, long reportId) {
        reports.get(user, reportId);
        return checks.findings(reportId);
    }

    /** The actions this user may take on the report now. */
    public Set<WorkflowAction> allowedActions(CurrentUser user, Report r) {
        Set<WorkflowAction> allowed = EnumSet.noneOf(WorkflowAction.class);
        Party party = partyOf(user, r);
        for (WorkflowAction a : WorkflowAction.values()) {
            if (r.allows(a) && actorFor(a, r.getStatus()) == party) allowed.add(a);
        }
        return allowed;
    }

    /** Where the report goes: the parent of the unit on the last day of the period's data window. */
    public Optional<OrgUnit> receivingOffice(Report r) {
        return orgUnits.parentOn(r.getOrgUnitId(), periods.get(r.getPeriodId()).getWindowEnd());
    }

    public Party partyOf(CurrentUser user, Report r) {
        if (user.unitId() == null) return Party.NONE;
        if (user.role() == Role.CLERK && user.unitId().equals(r.getOrgUnitId())) return Party.CLERK;
        // an office's own report is drafted by the office's staff (the accounts that receive its units' reports)
        if (user.role() == Role.REVIEWER && user.unitId().equals(r.getOrgUnitId())) return Party.CLERK;
        if (user.role() == Role.CHAIRMAN && user.unitId().equals(r.getOrgUnitId())) return Party.CHAIRMAN;
        if (user.role() == Role.REVIEWER
                && receivingOffice(r).map(o -> o.getId().equals(user.unitId())).orElse(false)) {
            return Party.RECEIVING_OFFICE;
        }
        return Party.NONE;
    }

    /** What waits for the user, by action (submit, sign, accept), among the reports the user may see. */
    public Map<WorkflowAction, List<ReportSummary>> waitingFor(CurrentUser user) {
        Map<WorkflowAction, List<ReportSummary>> waiting = new LinkedHashMap<>();
        for (WorkflowAction a : List.of(WorkflowAction.SUBMIT, WorkflowAction.SIGN, WorkflowAction.ACCEPT)) {
            waiting.put(a, new ArrayList<>());
        }
        if (user.role() == Role.ADMIN) return waiting;
        for (ReportSummary s : reports.visible(user, null, null)) {
            Report r = reports.getInternal(s.id());
            Set<WorkflowAction> allowed = allowedActions(user, r);
            for (WorkflowAction a : waiting.keySet())
                if (allowed.contains(a)) waiting.get(a).add(s);
        }
        return waiting;
    }

    private void authorize(CurrentUser user, Report r, WorkflowAction action) {
        Party party = partyOf(user, r);
        boolean partyToAction = switch (action) {
            case SUBMIT, WITHDRAW -> party == Party.CLERK;
            case SIGN -> party == Party.CHAIRMAN;
            case ACCEPT -> party == Party.RECEIVING_OFFICE;
            case RETURN -> party == Party.CHAIRMAN || party == Party.RECEIVING_OFFICE;
        };
        if (!partyToAction) throw new ForbiddenException("workflow.error.forbidden." + action.name());
        if (!r.allows(action)) {
            throw new ConflictException(
                    "workflow.error.transition." + action.name(), Report.statusLabel(r.getStatus()));
        }
        if (actorFor(action, r.getStatus()) != party) {
            throw new ForbiddenException(
                    "workflow.error.forbidden.RETURN." + r.getStatus().name());
        }
    }

    /** Who takes the action from the given status (only RETURN depends on it). */
    static Party actorFor(WorkflowAction action, ReportStatus status) {
        return switch (action) {
            case SUBMIT, WITHDRAW -> Party.CLERK;
            case SIGN -> Party.CHAIRMAN;
            case ACCEPT -> Party.RECEIVING_OFFICE;
            case RETURN -> status == ReportStatus.SIGNED ? Party.RECEIVING_OFFICE : Party.CHAIRMAN;
        };
    }

    private void record(
            CurrentUser user,
            Report r,
            WorkflowAction action,
            ReportStatus from,
            String comment,
            boolean late,
            Instant at) {
        record(user, r, action, from, comment, late, at, r.getRevision());
    }

    private void record(
            CurrentUser user,
            Report r,
            WorkflowAction action,
            ReportStatus from,
            String comment,
            boolean late,
            Instant at,
            int revision) {
        store.addTransition(
                r.getId(),
                revision,
                action,
                from,
                r.getStatus(),
                user.username(),
                user.fullName(),
                user.role().name(),
                comment,
                late,
                at);
        audit.record(new AuditEvent(
                action.name(),
                "Report",
                r.getId(),
                r.getId(),
                r.getOrgUnitId(),
                Map.of("status", from.name(), "revision", revision),
                Map.of("status", r.getStatus().name(), "revision", r.getRevision(), "late", late),
                comment));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
