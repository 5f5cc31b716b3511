package vn.cchc.narrative;

/** Completion of a task assigned by the higher level; labels in {@code task.status.<name>}. */
public enum TaskStatus {
    DONE,
    DONE_LATE,
    IN_PROGRESS,
    NOT_DONE;

    public String labelKey() {
        return "task.status." + name();
    }
}
