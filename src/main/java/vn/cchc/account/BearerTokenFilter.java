package vn.cchc.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API: the request acts as the token's account (same role, unit and
 * forced-password rule as with its password). A token that is unknown, expired or revoked is 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final LoginLog loginLog;

    BearerTokenFilter(ApiTokens tokens, LoginLog loginLog) {
        this.tokens = tokens;
        this.loginLog = loginLog;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> user = tokens.authenticate(header.substring(7).strip());
        if (user.isEmpty()) {
            loginLog.record("(token)", null, request.getRemoteAddr(), LoginLog.Channel.TOKEN, LoginLog.Outcome.FAILURE);
            SecurityConfig.writeProblem(
                    request, response, 401, "Mã truy cập (token) không hợp lệ, đã hết hạn hoặc đã bị thu hồi.");
            return;
        }
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(new TokenAuthentication(user.get()));
        SecurityContextHolder.setContext(ctx);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** An authentication made from a token (so that token management can tell it from a password sign-in). */
    static final class TokenAuthentication extends UsernamePasswordAuthenticationToken {
        TokenAuthentication(CurrentUser user) {
            super(user, null, user.getAuthorities());
        }
    }
}
