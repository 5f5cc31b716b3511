package vn.cchc.narrative.web;

import vn.cchc.narrative.TaskInput;
import vn.cchc.narrative.TaskView;

/** The task form (deadline typed as dd/MM/yyyy). */
public class TaskForm {

    private Integer position;
    private String assignedBy = "UBND huyện";
    private String sourceDocument;
    private String content;
    private String deadline;
    private String status = "IN_PROGRESS";
    private String result;
    private Long version;

    static TaskForm of(TaskView t) {
        TaskForm f = new TaskForm();
        f.position = t.position();
        f.assignedBy = t.assignedBy();
        f.sourceDocument = t.sourceDocument();
        f.content = t.content();
        f.deadline = Dates.show(t.deadline());
        f.status = t.status();
        f.result = t.result();
        f.version = t.version();
        return f;
    }

    TaskInput toInput() {
        return new TaskInput(position, assignedBy, sourceDocument, content, Dates.parse(deadline), status, result);
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer v) {
        position = v;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public void setAssignedBy(String v) {
        assignedBy = v;
    }

    public String getSourceDocument() {
        return sourceDocument;
    }

    public void setSourceDocument(String v) {
        sourceDocument = v;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String v) {
        content = v;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String v) {
        deadline = v;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String v) {
        status = v;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String v) {
        result = v;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long v) {
        version = v;
    }
}
