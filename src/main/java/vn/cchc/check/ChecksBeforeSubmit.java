package vn.cchc.check;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.cchc.report.SubmissionChecks;
import vn.cchc.report.SubmissionFinding;

/**
 * The workflow's gate before submit (and again at signing): the consistency checks, errors first. A finding the
 * clerk explained (giải trình) passes as a note carrying its explanation, so it blocks nothing and the chairman
 * still reads it.
 */
@Component
class ChecksBeforeSubmit implements SubmissionChecks {

    private final ReportChecks checks;
    private final FindingExplanations explanations;

    ChecksBeforeSubmit(ReportChecks checks, FindingExplanations explanations) {
        this.checks = checks;
        this.explanations = explanations;
    }

    @Override
    public List<SubmissionFinding> findings(long reportId) {
        Map<String, FindingExplanations.Explanation> explained = explanations.forReport(reportId);
        return checks.run(reportId).stream()
                .map(f -> {
                    FindingExplanations.Explanation x = explained.get(FindingExplanations.key(f.rule(), f.message()));
                    if (x != null && FindingExplanations.explainable(f)) {
                        return new SubmissionFinding(
                                f.rule(),
                                SubmissionFinding.Severity.INFO,
                                f.message() + " Giải trình: " + x.text(),
                                f.target());
                    }
                    return new SubmissionFinding(
                            f.rule(),
                            SubmissionFinding.Severity.valueOf(f.severity().name()),
                            f.message(),
                            f.target());
                })
                .toList();
    }
}
