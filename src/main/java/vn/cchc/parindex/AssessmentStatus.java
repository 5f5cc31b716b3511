package vn.cchc.parindex;

/** DRAFT (commune scores) → SUBMITTED → APPRAISED (office's reasons visible) → ANSWERED (once) → FINAL. */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    APPRAISED,
    ANSWERED,
    FINAL;

    public boolean communeMayEdit() {
        return this == DRAFT;
    }

    public boolean officeMayAppraise() {
        return this == SUBMITTED || this == APPRAISED || this == ANSWERED;
    }
}
