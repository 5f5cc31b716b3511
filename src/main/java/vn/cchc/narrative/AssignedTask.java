package vn.cchc.narrative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A task the higher level assigned, and how far the commune got with it. */
@Entity
@Table(name = "assigned_task")
class AssignedTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long reportId;

    private int position;

    @Column(nullable = false)
    private String assignedBy;

    private String sourceDocument;

    @Column(nullable = false)
    private String content;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status;

    private String result;

    @Version
    private long version;

    protected AssignedTask() {}

    AssignedTask(Long reportId, int position) {
        this.reportId = reportId;
        this.position = position;
    }

    void apply(TaskInput in) {
        assignedBy = in.assignedBy().trim();
        sourceDocument = blankToNull(in.sourceDocument());
        content = in.content().trim();
        deadline = in.deadline();
        status = TaskStatus.valueOf(in.status());
        result = blankToNull(in.result());
        if (in.position() != null) position = in.position();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    TaskView view() {
        return new TaskView(
                id, position, assignedBy, sourceDocument, content, deadline, status.name(), result, version);
    }

    Long getId() {
        return id;
    }

    Long getReportId() {
        return reportId;
    }

    long getVersion() {
        return version;
    }
}
