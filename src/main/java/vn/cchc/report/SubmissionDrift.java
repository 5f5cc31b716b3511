package vn.cchc.report;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What changed in a submitted report's composed content since the clerk submitted it. The header fields the sign
 * step itself settles (number, date, signer) are not changes of the submitted content.
 */
@Component
class SubmissionDrift {

    private static final Set<String> SETTLED_AT_SIGNING =
            Set.of("numberSymbol", "reportDate", "signerAuthority", "signerTitle", "signerName");
    private final WorkflowStore store;
    private final ContentDiff diff;

    SubmissionDrift(WorkflowStore store, ContentDiff diff) {
        this.store = store;
        this.diff = diff;
    }

    /** Empty when nothing changed, or when the version was submitted before submissions were recorded. */
    List<ContentDiff.Change> since(Report r, String currentContentJson) {
        return store.submittedContent(r.getId(), r.getRevision())
                .map(submitted -> diff.diff(submitted, currentContentJson).stream()
                        .filter(c -> !("header".equals(c.section()) && SETTLED_AT_SIGNING.contains(c.path())))
                        .toList())
                .orElse(List.of());
    }
}
