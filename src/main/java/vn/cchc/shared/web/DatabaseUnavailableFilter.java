package vn.cchc.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cchc.shared.DatabaseUnavailable;
import vn.cchc.shared.Messages;

/**
 * A lost database met outside a controller — in the security filters, e.g. the sign-in bookkeeping of an HTTP Basic
 * request while the embedded server restarts — is a 503 with the Vietnamese text too, not a container 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    private final Messages messages;

    DatabaseUnavailableFilter(MessageSource messages) {
        this.messages = new Messages(messages);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) throw e;
            log.warn("Database unavailable outside a controller: {}", e.toString());
            response.resetBuffer();
            response.setHeader("Retry-After", "10");
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/")) {
                String detail = messages.text(DatabaseUnavailable.MESSAGE_KEY);
                response.setStatus(503);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter()
                        .write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                                + "\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            } else {
                response.sendError(503); // the friendly error/5xx page
            }
        }
    }
}
