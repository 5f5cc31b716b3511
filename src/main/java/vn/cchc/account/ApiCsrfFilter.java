package vn.cchc.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-site requests cannot change anything through the API, even when a browser holds Basic credentials for it.
 * For every state-changing method (POST, PUT, PATCH, DELETE):
 * <ul>
 * <li>an {@code Origin} (or, without one, a {@code Referer}) that is not this server's own origin, or one of
 * {@code cchc.security.allowed-origins}, is refused with 403 — {@code Origin: null} counts as foreign;</li>
 * <li>a body must be {@code application/json} (or {@code +json}); {@code multipart/form-data} is accepted for the
 * upload endpoints only because the rule above already holds it to a same-origin or non-browser caller (browsers
 * always send {@code Origin} on a cross-site POST); form-encoded and {@code text/plain} bodies — the only ones an
 * HTML form on another site can send — are refused with 415;</li>
 * <li>a request without a body (e.g. {@code POST …/accept}) passes the origin rule only.</li>
 * </ul>
 * Scripts (curl, integrations) send no {@code Origin} and are unaffected.
 */
class ApiCsrfFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private final Set<String> allowedOrigins;

    ApiCsrfFilter(Set<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        String referer = request.getHeader("Referer");
        boolean foreign =
                origin != null ? !sameOrigin(origin, request) : referer != null && !sameOrigin(referer, request);
        if (foreign) {
            SecurityConfig.writeProblem(
                    request,
                    response,
                    403,
                    "Yêu cầu đến từ một trang web khác (Origin/Referer không phải của hệ thống) nên bị từ chối; "
                            + "không có gì được thay đổi.");
            return;
        }
        String type = request.getContentType();
        if (type != null && !allowedBody(type.toLowerCase(Locale.ROOT))) {
            SecurityConfig.writeProblem(
                    request,
                    response,
                    415,
                    "Kiểu nội dung (Content-Type) không được chấp nhận: API chỉ nhận application/json "
                            + "(tệp tải lên: multipart/form-data); không có gì được thay đổi.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowedBody(String type) {
        String base = type.split(";", 2)[0].strip();
        return base.equals("application/json") || base.endsWith("+json") || base.equals("multipart/form-data");
    }

    private boolean sameOrigin(String value, HttpServletRequest request) {
        URI uri;
        try {
            uri = URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) return false; // "null", garbage
        String origin = origin(uri.getScheme(), uri.getHost(), uri.getPort());
        if (allowedOrigins.contains(origin)) return true;
        // the browser's own Host is what it believes it talks to; a forged Host cannot come from a victim's browser
        return origin.equals(origin(request.getScheme(), request.getServerName(), request.getServerPort()));
    }

    private static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        int p = port > 0 ? port : s.equals("https") ? 443 : 80;
        boolean standard = (s.equals("http") && p == 80) || (s.equals("https") && p == 443);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (standard ? "" : ":" + p);
    }
}
