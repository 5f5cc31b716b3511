package vn.cchc.consolidation;

/**
 * Port to the consistency checks: how many findings a report has. Implemented by the checks module, which depends
 * on this one; the port keeps consolidation free of a dependency on the checks.
 */
public interface ReportFindings {

    /** Number of errors and warnings the consistency checks find in the report now; {@code null} if unknown. */
    Integer count(long reportId);
}
