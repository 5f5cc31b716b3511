package vn.cchc.consolidation;

import java.time.Instant;
import vn.cchc.report.ReportStatus;

/**
 * A unit on the completeness board: its report's status (null = no report at all), dates, whether it is late and
 * how many consistency findings its report has (null = not checked).
 */
public record BoardEntry(
        long orgUnitId,
        String orgUnitName,
        Long reportId,
        ReportStatus status,
        Instant submittedAt,
        Instant signedAt,
        Instant acceptedAt,
        boolean late,
        Integer findings) {

    /** The report has reached the office: signed by the chairman (and possibly accepted). */
    public boolean reported() {
        return status == ReportStatus.SIGNED || status == ReportStatus.ACCEPTED;
    }

    /** Key for the status filter: the status name, or MISSING when there is no report. */
    public String statusKey() {
        return status == null ? "MISSING" : status.name();
    }
}
