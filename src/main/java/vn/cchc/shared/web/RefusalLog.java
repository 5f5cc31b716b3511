package vn.cchc.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line for every refused request — who (if known), what, from which address, and the answer — so that a
 * probe of other units' data or a run of forbidden workflow steps leaves a trace. Sits right after the security
 * context is loaded, so it sees the final status of everything inside, the security filters' own refusals included.
 */
public class RefusalLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);
    private static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            if (REFUSALS.contains(status)) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                String user = auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())
                        ? "-"
                        : auth.getName();
                log.warn(
                        "Refused {} {} {} user={} from {}",
                        status,
                        request.getMethod(),
                        request.getRequestURI(),
                        user,
                        request.getRemoteAddr());
            }
        }
    }
}
