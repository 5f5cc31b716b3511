package vn.cchc.narrative;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.orgunit.RecordWriters;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.Report;
import vn.cchc.report.Reports;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

/** Tasks assigned by the higher level and their completion (the appendix of the report). */
@Service
@Transactional(readOnly = true)
public class AssignedTasks {

    public static final String ENTITY = "AssignedTask";
    private final AssignedTaskRepository tasks;
    private final Reports reports;
    private final AuditTrail audit;
    private final Messages messages;
    /** The most assigned tasks one report may list: bounds the report's pages and rendering. */
    public static final int MAX_PER_REPORT = 200;

    AssignedTasks(AssignedTaskRepository tasks, Reports reports, AuditTrail audit, MessageSource messages) {
        this.tasks = tasks;
        this.reports = reports;
        this.audit = audit;
        this.messages = new Messages(messages);
    }

    /** The report's tasks in order (no access check: for the composer and the checks). */
    public List<TaskView> forReport(long reportId) {
        return tasks.findByReportIdOrderByPositionAscIdAsc(reportId).stream()
                .map(AssignedTask::view)
                .toList();
    }

    public List<TaskView> list(UnitViewer viewer, long reportId) {
        reports.get(viewer, reportId);
        return forReport(reportId);
    }

    public TaskView get(UnitViewer viewer, long reportId, long taskId) {
        reports.get(viewer, reportId);
        return load(reportId, taskId).view();
    }

    public List<FieldViolation> validate(TaskInput in) {
        List<FieldViolation> errors = new ArrayList<>();
        if (in.assignedBy() == null || in.assignedBy().isBlank())
            errors.add(v("assignedBy", "task.assignedBy.required"));
        else if (in.assignedBy().trim().length() > 200) errors.add(v("assignedBy", "task.assignedBy.size"));
        if (in.sourceDocument() != null && in.sourceDocument().trim().length() > 300)
            errors.add(v("sourceDocument", "task.sourceDocument.size"));
        if (in.content() == null || in.content().isBlank()) errors.add(v("content", "task.content.required"));
        boolean statusOk = false;
        for (TaskStatus s : TaskStatus.values()) if (s.name().equals(in.status())) statusOk = true;
        if (!statusOk) errors.add(v("status", "task.status.required"));
        if (in.position() != null && in.position() < 1) errors.add(v("position", "task.position.invalid"));
        return errors;
    }

    @Transactional
    public TaskView create(UnitViewer viewer, long reportId, TaskInput in) {
        Report r = reports.requireEditable(viewer, reportId);
        RecordWriters.require(viewer, r.getOrgUnitId());
        List<FieldViolation> errors = validate(in);
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        List<AssignedTask> existing = tasks.findByReportIdOrderByPositionAscIdAsc(reportId);
        if (existing.size() >= MAX_PER_REPORT) {
            throw new ValidationFailedException(
                    List.of(new FieldViolation("tasks", messages.text("task.tooMany", MAX_PER_REPORT))));
        }
        int next = existing.stream().mapToInt(t -> t.view().position()).max().orElse(0) + 1;
        AssignedTask t = new AssignedTask(reportId, next);
        t.apply(in);
        t = tasks.saveAndFlush(t);
        TaskView after = t.view();
        audit.record(AuditEvent.of("CREATE", ENTITY, t.getId(), null, after).forReport(reportId, r.getOrgUnitId()));
        return after;
    }

    @Transactional
    public TaskView update(UnitViewer viewer, long reportId, long taskId, TaskInput in, long expectedVersion) {
        Report r = reports.requireEditable(viewer, reportId);
        RecordWriters.require(viewer, r.getOrgUnitId());
        AssignedTask t = load(reportId, taskId);
        if (t.getVersion() != expectedVersion) throw new ConflictException("error.staleVersion");
        List<FieldViolation> errors = validate(in);
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        TaskView before = t.view();
        t.apply(in);
        tasks.saveAndFlush(t);
        TaskView after = t.view();
        audit.record(AuditEvent.of("UPDATE", ENTITY, t.getId(), before, after).forReport(reportId, r.getOrgUnitId()));
        return after;
    }

    @Transactional
    public void delete(UnitViewer viewer, long reportId, long taskId, long expectedVersion) {
        Report r = reports.requireEditable(viewer, reportId);
        RecordWriters.require(viewer, r.getOrgUnitId());
        AssignedTask t = load(reportId, taskId);
        if (t.getVersion() != expectedVersion) throw new ConflictException("error.staleVersion");
        TaskView before = t.view();
        tasks.delete(t);
        tasks.flush();
        audit.record(AuditEvent.of("DELETE", ENTITY, taskId, before, null).forReport(reportId, r.getOrgUnitId()));
    }

    private AssignedTask load(long reportId, long taskId) {
        AssignedTask t = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task.notFound", taskId));
        if (!t.getReportId().equals(reportId)) throw new NotFoundException("task.notFound", taskId);
        return t;
    }

    private FieldViolation v(String field, String key) {
        return new FieldViolation(field, messages.text(key));
    }
}
