package vn.cchc.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart request announced larger than {@code spring.servlet.multipart.max-request-size} is answered 413
 * (the friendly error/413 page) before anything reads it. Without this the CSRF filter, reading its token from
 * the over-size body, finds none and answers 403, and Tomcat drops the connection: the user saw a broken page.
 * Sits in the pages' security chain after the header writer (so the page gets the security headers) and before
 * the CSRF filter; nothing of the request is processed, so nothing can be saved.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;

    UploadLimitFilter(DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (multipart && maxRequestBytes > 0 && request.getContentLengthLong() > maxRequestBytes) {
            // Render the error page as for a GET without a body: a plain sendError would re-enter Spring MVC with
            // the same multipart request, which fails again while being parsed.
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            request.getRequestDispatcher("/error").forward(new WithoutBody(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The refused request seen as a GET without content, so that nothing tries to read its parts. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
