package vn.cchc.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.cchc.shared.Messages;

/**
 * An address no controller answers: a person gets the Vietnamese 404 page, an API client a Vietnamese problem
 * (before Boot's generic problem-details handler, which would answer English JSON to a browser too).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddressHandler {

    private final Messages messages;

    UnknownAddressHandler(MessageSource messages) {
        this.messages = new Messages(messages);
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ModelAndView unknown(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            String detail = messages.text("error.notFound").replace("\"", "'");
            String title = messages.text("error.404.title").replace("\"", "'");
            response.setStatus(404);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":404,\"detail\":\"" + detail
                            + "\"}");
            return new ModelAndView();
        }
        ModelAndView page = new ModelAndView("error/404");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
