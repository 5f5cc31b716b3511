package vn.cchc.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;

/**
 * After {@code cchc.security.max-failed-logins} wrong passwords in a row the account is locked for
 * {@code cchc.security.lockout}; a successful sign-in resets the count. Works for the form and HTTP Basic alike.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    private final UserAccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(UserAccountRepository accounts, AuditTrail audit, Clock clock,
                  @Value("${cchc.security.max-failed-logins:5}") int maxFailures,
                  @Value("${cchc.security.lockout:PT15M}") Duration lockout) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(String.valueOf(event.getAuthentication().getName())).ifPresent(a -> {
            a.recordFailedLogin(maxFailures, clock.instant().plus(lockout));
            if (a.getLockedUntil() != null && a.getFailedAttempts() >= maxFailures) {
                log.warn("Account {} locked after {} failed sign-ins", a.getUsername(), a.getFailedAttempts());
                audit.record(AuditEvent.of("LOGIN_LOCKED", "UserAccount", a.getId(), null,
                        Map.of("failedAttempts", a.getFailedAttempts(), "lockedUntil", a.getLockedUntil().toString())));
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(a -> {
            if (a.getFailedAttempts() > 0 || a.getLockedUntil() != null) a.recordSuccessfulLogin();
        });
    }
}
