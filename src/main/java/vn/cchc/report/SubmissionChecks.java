package vn.cchc.report;

import java.util.List;

/**
 * Port: the consistency checks run before a report is submitted, implemented by the checks module
 * ({@code vn.cchc.check}, which depends on this one). Errors block submission, warnings need an explicit
 * "submit anyway".
 */
public interface SubmissionChecks {

    List<SubmissionFinding> findings(long reportId);
}
