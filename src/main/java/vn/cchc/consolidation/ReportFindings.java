package vn.cchc.consolidation;

/**
 * Port to the consistency checks: how many findings a report has. The checks module provides a bean; until then a
 * default answers {@code null} ("chưa kiểm tra").
 */
public interface ReportFindings {

    /** Number of findings of the report's consistency checks, or {@code null} when it has not been checked. */
    Integer count(long reportId);
}
