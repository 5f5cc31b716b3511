package vn.cchc.narrative.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.CurrentUser;
import vn.cchc.narrative.AssignedTasks;
import vn.cchc.narrative.TaskStatus;
import vn.cchc.narrative.TaskView;
import vn.cchc.report.Report;
import vn.cchc.report.ReportPageModel;
import vn.cchc.report.Reports;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;

/** Tasks assigned by the higher level: list, create, edit, delete. */
@Controller
@RequestMapping("/reports/{reportId}/tasks")
class TaskController {

    private final AssignedTasks tasks;
    private final ReportPageModel pageModel;
    private final Reports reports;
    private final AuditTrail audit;
    private final Messages messages;

    TaskController(
            AssignedTasks tasks, Reports reports, AuditTrail audit, MessageSource messages, ReportPageModel pageModel) {
        this.pageModel = pageModel;
        this.tasks = tasks;
        this.reports = reports;
        this.audit = audit;
        this.messages = new Messages(messages);
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId, Model model) {
        Report report = reports.get(user, reportId);
        model.addAttribute("tasks", tasks.list(user, reportId));
        pageModel.addTo(model, report);
        return "tasks/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId, Model model) {
        Report report = reports.get(user, reportId);
        model.addAttribute("form", new TaskForm());
        return formPage(report, null, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @ModelAttribute("form") TaskForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Report report = reports.get(user, reportId);
        if (!validate(form, binding)) return formPage(report, null, model);
        try {
            tasks.create(user, reportId, form.toInput());
        } catch (ValidationFailedException e) {
            bind(e.violations(), binding);
            return formPage(report, null, model);
        }
        redirect.addFlashAttribute("success", messages.text("task.saved"));
        return "redirect:/reports/" + reportId + "/tasks";
    }

    @GetMapping("/{taskId}")
    String edit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @PathVariable long taskId,
            Model model) {
        Report report = reports.get(user, reportId);
        TaskView t = tasks.get(user, reportId, taskId);
        model.addAttribute("form", TaskForm.of(t));
        return formPage(report, t, model);
    }

    @PostMapping("/{taskId}")
    String update(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @PathVariable long taskId,
            @ModelAttribute("form") TaskForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Report report = reports.get(user, reportId);
        TaskView current = tasks.get(user, reportId, taskId);
        if (!validate(form, binding)) return formPage(report, current, model);
        try {
            tasks.update(user, reportId, taskId, form.toInput(), form.getVersion() == null ? -1 : form.getVersion());
        } catch (ValidationFailedException e) {
            bind(e.violations(), binding);
            return formPage(report, current, model);
        } catch (ConflictException e) {
            if (!"error.staleVersion".equals(e.messageKey())) throw e;
            binding.reject("stale", messages.text("error.staleVersion"));
            model.addAttribute("staleCurrent", current);
            form.setVersion(current.version());
            return formPage(report, current, model);
        }
        redirect.addFlashAttribute("success", messages.text("task.saved"));
        return "redirect:/reports/" + reportId + "/tasks";
    }

    @PostMapping("/{taskId}/delete")
    String delete(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long reportId,
            @PathVariable long taskId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        tasks.delete(user, reportId, taskId, version);
        redirect.addFlashAttribute("success", messages.text("task.deleted"));
        return "redirect:/reports/" + reportId + "/tasks";
    }

    private boolean validate(TaskForm form, BindingResult binding) {
        List<FieldViolation> errors = new ArrayList<>(tasks.validate(form.toInput()));
        if (!Dates.valid(form.getDeadline()))
            errors.add(new FieldViolation("deadline", messages.text("task.deadline.invalid")));
        bind(errors, binding);
        return errors.isEmpty() && !binding.hasErrors();
    }

    private static void bind(List<FieldViolation> errors, BindingResult binding) {
        errors.forEach(v -> binding.rejectValue(v.field(), "invalid", v.message()));
    }

    private String formPage(Report report, TaskView existing, Model model) {
        pageModel.addTo(model, report);
        model.addAttribute("task", existing);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute(
                "history", existing == null ? List.of() : audit.forEntity(AssignedTasks.ENTITY, existing.id()));
        return "tasks/form";
    }
}
