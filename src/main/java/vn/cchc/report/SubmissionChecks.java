package vn.cchc.report;

import java.util.List;

/**
 * Port: the consistency checks run before a report is submitted. The checks module ({@code vn.cchc.check})
 * implements it; until then {@link NoSubmissionChecks} stands in. Errors block submission, warnings need an
 * explicit "submit anyway".
 */
public interface SubmissionChecks {

    List<SubmissionFinding> findings(long reportId);
}
