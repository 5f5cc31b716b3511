package vn.cchc.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;

/**
 * The password check of the login form and of HTTP Basic, behind the (account, address) throttle: a refused pair
 * does not even reach BCrypt. Every outcome goes to the login log; a lock also to the audit trail.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);
    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final LoginLog loginLog;
    private final AuditTrail audit;
    private final UserAccountRepository accounts;

    ThrottledAuthenticationProvider(
            AuthenticationProvider passwords,
            LoginThrottle throttle,
            LoginLog loginLog,
            AuditTrail audit,
            UserAccountRepository accounts) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.loginLog = loginLog;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = address(attempt);
        LoginLog.Channel channel = channel();
        Optional<LoginThrottle.Refusal> refused = throttle.check(username, address);
        if (refused.isPresent()) {
            loginLog.record(
                    username,
                    null,
                    address,
                    channel,
                    refused.get().locked() ? LoginLog.Outcome.LOCKED : LoginLog.Outcome.THROTTLED);
            // an attempt made while the pair must wait counts as a failure (its password unchecked): hammering
            // only makes the wait longer, and reaches the lock sooner
            throw new SignInThrottledException(
                    refused.get().locked()
                            ? refused.get()
                            : countFailure(username, address).orElse(refused.get()));
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.success(username, address);
            Long id = result.getPrincipal() instanceof CurrentUser u ? u.id() : null;
            loginLog.record(username, id, address, channel, LoginLog.Outcome.SUCCESS);
            return result;
        } catch (BadCredentialsException e) {
            loginLog.record(username, null, address, channel, LoginLog.Outcome.FAILURE);
            Optional<LoginThrottle.Refusal> now = countFailure(username, address);
            if (now.isPresent() && now.get().locked()) throw new SignInThrottledException(now.get());
            throw e;
        } catch (DisabledException e) {
            loginLog.record(username, null, address, channel, LoginLog.Outcome.DISABLED);
            throw e;
        }
    }

    private Optional<LoginThrottle.Refusal> countFailure(String username, String address) {
        Optional<LoginThrottle.Refusal> now = throttle.failure(username, address);
        if (now.isPresent() && now.get().locked()) {
            log.warn(
                    "Sign-in of {} from {} locked until {}",
                    username,
                    address,
                    now.get().until());
            audit.record(AuditEvent.of(
                    "LOGIN_LOCKED",
                    "UserAccount",
                    accounts.findByUsername(username).map(UserAccount::getId).orElse(null),
                    null,
                    Map.of(
                            "username",
                            LoginThrottle.key(username),
                            "address",
                            address,
                            "lockedUntil",
                            now.get().until().toString())));
        }
        return now;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String address(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null) {
            return d.getRemoteAddress();
        }
        HttpServletRequest request = currentRequest();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    private static LoginLog.Channel channel() {
        HttpServletRequest request = currentRequest();
        return request != null && request.getRequestURI().endsWith("/login")
                ? LoginLog.Channel.FORM
                : LoginLog.Channel.BASIC;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest()
                : null;
    }
}
