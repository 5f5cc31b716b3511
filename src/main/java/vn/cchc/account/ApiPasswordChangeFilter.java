package vn.cchc.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API side of the forced password change: an account that must change its password gets 403 from every API
 * call (Basic or token) except the one that changes it, {@value #PATH}.
 */
class ApiPasswordChangeFilter extends OncePerRequestFilter {

    static final String PATH = "/api/v1/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null
                && auth.getPrincipal() instanceof CurrentUser user
                && user.mustChangePassword()
                && !path.equals(PATH)) {
            SecurityConfig.writeProblem(
                    request,
                    response,
                    403,
                    "Tài khoản đang dùng mật khẩu tạm: phải đổi mật khẩu " + "(trên trang «Đổi mật khẩu» hoặc POST "
                            + PATH + ") trước khi dùng API.");
            return;
        }
        chain.doFilter(request, response);
    }
}
