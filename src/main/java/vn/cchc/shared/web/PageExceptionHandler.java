package vn.cchc.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.DatabaseUnavailable;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.Messages;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.UserFacingException;

/** Page errors render the friendly error pages with the Vietnamese reason (no stack trace). */
// Before Spring Boot's problem-details advice (order 0), which would answer a page's bad form with English JSON; the
// API's own advice (HIGHEST_PRECEDENCE, catch-all) still comes first for REST controllers.
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class PageExceptionHandler {

    private final Messages messages;

    public PageExceptionHandler(MessageSource messages) {
        this.messages = new Messages(messages);
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(404, e, model, response);
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, Model model, HttpServletResponse response) {
        return page(403, e, model, response);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletResponse response) {
        return page(409, e, model, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String stale(OptimisticLockingFailureException e, Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("reason", messages.text("error.staleVersion"));
        return "error/409";
    }

    /** Database stopped or restarting: the friendly 503 page; other data errors keep the default 500 handling. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    String dataAccess(RuntimeException e, Model model, HttpServletResponse response) {
        if (!DatabaseUnavailable.isCause(e)) throw e;
        LoggerFactory.getLogger(PageExceptionHandler.class).warn("Database unavailable: {}", e.toString());
        response.setStatus(503);
        response.setHeader("Retry-After", "10");
        model.addAttribute("status", 503);
        model.addAttribute("reason", messages.text(DatabaseUnavailable.MESSAGE_KEY));
        return "error/5xx";
    }

    /**
     * A tampered form (text in a number field, an unknown choice, a missing parameter): the 400 page with a
     * Vietnamese reason naming the field, never Spring's English default nor a 500.
     */
    @ExceptionHandler({
        BindException.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class
    })
    String badForm(Exception e, Model model, HttpServletResponse response) {
        String field = "?";
        if (e instanceof BindException b && b.getFieldError() != null)
            field = b.getFieldError().getField();
        else if (e instanceof MethodArgumentTypeMismatchException m) field = m.getName();
        else if (e instanceof MissingServletRequestParameterException m) field = m.getParameterName();
        response.setStatus(400);
        model.addAttribute("reason", messages.text("error.form.tampered", field));
        return "error/400";
    }

    private String page(int status, UserFacingException e, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("reason", messages.text(e));
        return "error/" + status;
    }
}
