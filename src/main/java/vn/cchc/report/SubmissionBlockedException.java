package vn.cchc.report;

import java.util.List;
import vn.cchc.shared.ConflictException;

/**
 * Submission refused because of the checks: errors (always) or warnings not confirmed. A 409: the request is
 * well formed, but the report's records are not in a state that may be submitted.
 */
public class SubmissionBlockedException extends ConflictException {

    private final transient List<SubmissionFinding> findings;
    private final boolean errors;

    SubmissionBlockedException(List<SubmissionFinding> findings, boolean errors) {
        this(errors ? "workflow.error.submit.errors" : "workflow.error.submit.warnings", findings, errors);
    }

    /** The checks, run again when the chairman signs, found errors that were not there at submission. */
    static SubmissionBlockedException atSigning(List<SubmissionFinding> findings) {
        return new SubmissionBlockedException("workflow.error.sign.errors", findings, true);
    }

    private SubmissionBlockedException(String messageKey, List<SubmissionFinding> findings, boolean errors) {
        super(
                messageKey,
                findings.stream()
                        .filter(f -> errors ? f.blocks() : f.needsConfirmation())
                        .count());
        this.findings = List.copyOf(findings);
        this.errors = errors;
    }

    public List<SubmissionFinding> findings() {
        return findings;
    }

    /** True when errors block it; false when only unconfirmed warnings stand in the way. */
    public boolean hasErrors() {
        return errors;
    }
}
