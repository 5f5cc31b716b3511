package vn.cchc.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.util.unit.DataSize;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.DatabaseUnavailable;
import vn.cchc.shared.web.RefusalLog;

/**
 * Two doors: the JSON API (stateless, HTTP Basic or a Bearer token, no CSRF token but no cross-site writes either
 * — see {@link ApiCsrfFilter} —, problem+json errors) and the pages (form login, CSRF, session). Both use the same
 * accounts, the same (account, address) throttle and the same forced password change.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String UNAUTHENTICATED = "Chưa đăng nhập hoặc sai tên đăng nhập/mật khẩu.";
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /**
     * BCrypt at the configured cost for new hashes (10, Spring's default, in production); a stored hash carries its
     * own cost, so changing the setting never locks anyone out. The tests run at 4: they check behaviour, and a
     * sign-in at cost 10 spends ~0,1 s of CPU that hundreds of API calls of the matrices would pay.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${cchc.security.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /** Password sign-in (form and Basic) behind the (account, address) throttle; tokens have their own filter. */
    @Bean
    ThrottledAuthenticationProvider throttledAuthenticationProvider(
            UserDetailsService users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            LoginLog loginLog,
            AuditTrail audit,
            UserAccountRepository accounts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle, loginLog, audit, accounts);
    }

    private static AuthenticationManager manager(
            ThrottledAuthenticationProvider provider, AuthenticationEventPublisher events) {
        ProviderManager m = new ProviderManager(provider);
        m.setAuthenticationEventPublisher(events);
        return m;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ThrottledAuthenticationProvider provider,
            AuthenticationEventPublisher events,
            ApiTokens tokens,
            LoginLog loginLog,
            @Value("${cchc.security.allowed-origins:}") Set<String> allowedOrigins)
            throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager(provider, events))
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/accounts", "/api/v1/accounts/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problem(401, UNAUTHENTICATED)))
                .exceptionHandling(e -> e.authenticationEntryPoint(problem(401, UNAUTHENTICATED))
                        .accessDeniedHandler(denied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new ApiCsrfFilter(origins(allowedOrigins)), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, loginLog), BasicAuthenticationFilter.class)
                .addFilterAfter(new ApiPasswordChangeFilter(), AuthorizationFilter.class)
                .addFilterAfter(new RefusalLog(), SecurityContextHolderFilter.class);
        return http.build();
    }

    /**
     * The OpenAPI description: for signed-in people (session) and API clients (Basic or token) only — it lists
     * every endpoint, which is of no use to a stranger but helps one.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(
            HttpSecurity http,
            ThrottledAuthenticationProvider provider,
            AuthenticationEventPublisher events,
            ApiTokens tokens,
            LoginLog loginLog)
            throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
                .authenticationManager(manager(provider, events))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problem(401, UNAUTHENTICATED)))
                .exceptionHandling(e -> e.authenticationEntryPoint(problem(401, UNAUTHENTICATED))
                        .accessDeniedHandler(denied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(c -> c.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, loginLog), BasicAuthenticationFilter.class)
                .addFilterAfter(new ApiPasswordChangeFilter(), AuthorizationFilter.class)
                .addFilterAfter(new RefusalLog(), SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(
            HttpSecurity http,
            ThrottledAuthenticationProvider provider,
            AuthenticationEventPublisher events,
            JdbcTemplate jdbc,
            @Value("${spring.servlet.multipart.max-request-size:6MB}") DataSize maxUpload)
            throws Exception {
        http.authenticationManager(manager(provider, events))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/login",
                                "/error",
                                "/error/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/actuator/health",
                                "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(l ->
                        l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new UploadLimitFilter(maxUpload), CsrfFilter.class)
                .addFilterBefore(new SessionCredentialsFilter(jdbc), AuthorizationFilter.class)
                .addFilterAfter(new PasswordChangeFilter(), AuthorizationFilter.class)
                .addFilterAfter(new RefusalLog(), SecurityContextHolderFilter.class);
        return http.build();
    }

    private static Set<String> origins(Set<String> configured) {
        Set<String> out = new HashSet<>();
        for (String o : configured)
            if (!o.isBlank()) out.add(o.strip().replaceAll("/+$", "").toLowerCase(Locale.ROOT));
        return out;
    }

    private static AuthenticationEntryPoint problem(int status, String detail) {
        return (request, response, ex) -> {
            // the account could not be looked up because the database is down: 503, not "wrong password"
            if (ex instanceof InternalAuthenticationServiceException && DatabaseUnavailable.isCause(ex)) {
                response.setHeader("Retry-After", "10");
                writeProblem(
                        request,
                        response,
                        503,
                        "Hệ thống tạm thời không kết nối được cơ sở dữ liệu; thao tác chưa được "
                                + "thực hiện. Vui lòng thử lại sau ít phút.");
                return;
            }
            if (ex instanceof SignInThrottledException t) {
                response.setHeader(
                        "Retry-After",
                        String.valueOf(Math.max(
                                1, Duration.between(Instant.now(), t.until()).toSeconds() + 1)));
                writeProblem(request, response, 401, SignInMessages.refusal(t));
                return;
            }
            writeProblem(request, response, status, detail);
        };
    }

    private static AccessDeniedHandler denied() {
        return (request, response, ex) ->
                writeProblem(request, response, 403, "Bạn không có quyền thực hiện thao tác này.");
    }

    /**
     * A problem+json answer. A 401 carries the {@code Basic} challenge only for non-browser clients (those that need
     * it to send their credentials): a browser that got it would offer its password pop-up and then cache the
     * credentials, which any other site could ride on (the API has no CSRF token).
     */
    static void writeProblem(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        response.setStatus(status);
        if (status == 401 && !looksLikeBrowser(request))
            response.setHeader("WWW-Authenticate", "Basic realm=\"CCHC Report\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String json = "{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "\\\"")
                + "\"}";
        response.getWriter().write(json);
    }

    /** Browsers send Sec-Fetch-* (all current ones), Origin on cross-site requests, and ask for HTML when navigating. */
    static boolean looksLikeBrowser(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String agent = request.getHeader("User-Agent");
        return request.getHeader("Sec-Fetch-Mode") != null
                || request.getHeader("Sec-Fetch-Site") != null
                || request.getHeader("Origin") != null
                || (accept != null && accept.contains("text/html"))
                || (agent != null && agent.startsWith("Mozilla/"));
    }
}
