package vn.cchc.report;

import java.util.Set;

/** The steps of the sign-off (and the clerk's withdrawal), each with the statuses it may start from. */
public enum WorkflowAction {
    SUBMIT(Set.of(ReportStatus.DRAFT, ReportStatus.RETURNED), ReportStatus.SUBMITTED),
    SIGN(Set.of(ReportStatus.SUBMITTED), ReportStatus.SIGNED),
    RETURN(Set.of(ReportStatus.SUBMITTED, ReportStatus.SIGNED), ReportStatus.RETURNED),
    ACCEPT(Set.of(ReportStatus.SIGNED), ReportStatus.ACCEPTED),
    /** The clerk takes a submission back before the chairman signs or returns it. */
    WITHDRAW(Set.of(ReportStatus.SUBMITTED), ReportStatus.DRAFT);

    private final Set<ReportStatus> allowedFrom;
    private final ReportStatus target;

    WorkflowAction(Set<ReportStatus> allowedFrom, ReportStatus target) {
        this.allowedFrom = allowedFrom;
        this.target = target;
    }

    public Set<ReportStatus> allowedFrom() {
        return allowedFrom;
    }

    public ReportStatus target() {
        return target;
    }

    /** URL segment and message key part: submit, sign, return, accept. */
    public String path() {
        return name().toLowerCase();
    }
}
