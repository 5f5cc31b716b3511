package vn.cchc.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session ends when its account's password changes (by the user elsewhere, or an administrator's reset) or the
 * account is deactivated: the session's principal carries the password hash it signed in with, compared on every
 * request with the database's (one indexed read; works the same whichever node holds the session). The session
 * that made the change carries the new hash and stays.
 */
class SessionCredentialsFilter extends OncePerRequestFilter {

    private final JdbcTemplate jdbc;

    SessionCredentialsFilter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null
                && auth != null
                && auth.getPrincipal() instanceof CurrentUser user
                && user.id() != null
                && !stillValid(user)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Accounts are never deleted; a principal without a row or a hash (made up by a test) is left alone. */
    private boolean stillValid(CurrentUser user) {
        if (user.passwordHash() == null || user.passwordHash().isEmpty()) return true;
        List<Boolean> ok = jdbc.query(
                "select password_hash = ? and enabled from user_account where id = ?",
                (rs, i) -> rs.getBoolean(1),
                user.passwordHash(),
                user.id());
        return ok.isEmpty() || ok.get(0);
    }
}
