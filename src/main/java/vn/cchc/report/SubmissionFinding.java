package vn.cchc.report;

import java.io.Serializable;

/**
 * One finding of the checks as the workflow sees it: rule code, severity, Vietnamese message and the target
 * (a page path such as {@code /reports/12/dossier#row-1}, or a record reference the checks page resolves).
 */
public record SubmissionFinding(String rule, Severity severity, String message, String target) implements Serializable {

    public enum Severity {
        ERROR,
        WARNING,
        INFO
    }

    public boolean blocks() {
        return severity == Severity.ERROR;
    }

    public boolean needsConfirmation() {
        return severity == Severity.WARNING;
    }
}
