package vn.cchc.report;

import java.util.List;
import vn.cchc.shared.ConflictException;

/**
 * The records a submitted report is composed from changed after the clerk submitted it: the chairman would sign
 * something other than what was submitted. A 409 listing the changes; the chairman returns the report so the clerk
 * submits the new content.
 */
public class ContentChangedSinceSubmissionException extends ConflictException {

    private final transient List<ContentDiff.Change> changes;

    ContentChangedSinceSubmissionException(List<ContentDiff.Change> changes) {
        super("workflow.error.sign.changed", changes.size());
        this.changes = List.copyOf(changes);
    }

    public List<ContentDiff.Change> changes() {
        return changes;
    }
}
