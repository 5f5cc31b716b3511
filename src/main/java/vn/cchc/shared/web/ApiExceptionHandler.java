package vn.cchc.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.DatabaseUnavailable;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.Messages;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.RejectedUpload;
import vn.cchc.shared.RetryLater;
import vn.cchc.shared.UserFacingException;
import vn.cchc.shared.ValidationFailedException;

/** JSON API errors as RFC 9457 problem details with a Vietnamese {@code detail}; never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final Messages messages;

    public ApiExceptionHandler(MessageSource messages) {
        this.messages = new Messages(messages);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, messages.text(e));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, messages.text(e));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, messages.text("error.forbidden"));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, messages.text(e));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, messages.text("error.staleVersion"));
    }

    @ExceptionHandler(ValidationFailedException.class)
    ResponseEntity<ProblemDetail> invalid(ValidationFailedException e) {
        return unprocessable(e.violations());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        List<FieldViolation> list = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldViolation(f.getField(), messages.text(f)))
                .toList();
        return unprocessable(list);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, messages.text("error.badRequest"));
    }

    /**
     * A body that is not JSON at all: 400 saying where it broke. A value of the wrong kind («abc», 1.5 or 10^12
     * for a count, an unknown enum value, a NUL in a text): 422 naming the field, as for a broken rule.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException e) {
        JsonProblems.Problem p = JsonProblems.describe(e, messages);
        if (p.field() == null) return problem(HttpStatus.BAD_REQUEST, p.message());
        return unprocessable(List.of(new FieldViolation(p.field(), p.message())));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedType(Exception e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.text("api.unsupportedMediaType"));
    }

    /**
     * The client accepts none of the types we write (e.g. only XML): 406 as problem+json written directly, since
     * content negotiation would refuse the problem document too and end in a 500.
     */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void notAcceptable(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.NOT_ACCEPTABLE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String detail = messages.text("api.notAcceptable").replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Not Acceptable\",\"status\":406,\"detail\":\"" + detail
                        + "\"}");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, messages.text("error.methodNotAllowed"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, messages.text("error.notFound"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof UserFacingException u && e instanceof RetryLater) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "30")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, messages.text(u))
                            .getBody());
        }
        if (e instanceof UserFacingException u && e instanceof RejectedUpload) {
            return unprocessable(List.of(new FieldViolation("file", messages.text(u))));
        }
        if (DatabaseUnavailable.isCause(e)) {
            log.warn("Database unavailable: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "10")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, messages.text(DatabaseUnavailable.MESSAGE_KEY))
                            .getBody());
        }
        log.error("Unexpected error in API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, messages.text("error.unexpected"));
    }

    private ResponseEntity<ProblemDetail> unprocessable(List<FieldViolation> violations) {
        ProblemDetail pd =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, messages.text("error.validation"));
        pd.setTitle(messages.text("error.validation.title"));
        pd.setProperty(
                "errors",
                violations.stream()
                        .map(v -> Map.of("field", v.field(), "message", v.message()))
                        .toList());
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(pd);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create("about:blank"));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(pd);
    }
}
