package vn.cchc.account;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Two doors: the JSON API (stateless, HTTP Basic, no CSRF, problem+json errors) and the pages (form login,
 * CSRF, session). Both use the same accounts and the same lock-out.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt by default
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problem(401, "Chưa đăng nhập hoặc sai tên đăng nhập/mật khẩu.")))
                .exceptionHandling(e -> e.authenticationEntryPoint(problem(401, "Chưa đăng nhập hoặc sai tên đăng nhập/mật khẩu."))
                        .accessDeniedHandler(denied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http,
                             @Value("${spring.servlet.multipart.max-request-size:6MB}") DataSize maxUpload) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new UploadLimitFilter(maxUpload), org.springframework.security.web.csrf.CsrfFilter.class)
                .addFilterAfter(new PasswordChangeFilter(), org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        return http.build();
    }

    private static AuthenticationEntryPoint problem(int status, String detail) {
        return (request, response, ex) -> {
            // the account could not be looked up because the database is down: 503, not "wrong password"
            if (ex instanceof org.springframework.security.authentication.InternalAuthenticationServiceException
                    && vn.cchc.shared.DatabaseUnavailable.isCause(ex)) {
                response.setHeader("Retry-After", "10");
                writeProblem(response, 503, "Hệ thống tạm thời không kết nối được cơ sở dữ liệu; thao tác chưa được "
                        + "thực hiện. Vui lòng thử lại sau ít phút.");
                return;
            }
            writeProblem(response, status, detail);
        };
    }

    private static AccessDeniedHandler denied() {
        return (request, response, ex) -> writeProblem(response, 403, "Bạn không có quyền thực hiện thao tác này.");
    }

    static void writeProblem(HttpServletResponse response, int status, String detail) throws java.io.IOException {
        response.setStatus(status);
        if (status == 401) response.setHeader("WWW-Authenticate", "Basic realm=\"CCHC Report\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String json = "{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}";
        response.getWriter().write(json);
    }
}
