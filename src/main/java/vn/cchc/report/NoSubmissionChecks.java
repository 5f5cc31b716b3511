package vn.cchc.report;

import java.util.List;

/**
 * No checks at all: the default until the checks module ({@code vn.cchc.check}, ReportChecks.run) is adapted to
 * {@link SubmissionChecks} and replaces this bean.
 */
public final class NoSubmissionChecks implements SubmissionChecks {

    @Override
    public List<SubmissionFinding> findings(long reportId) {
        return List.of();
    }
}
