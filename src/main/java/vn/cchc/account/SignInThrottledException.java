package vn.cchc.account;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in refused before the password was checked: the (account, address) pair is locked or must wait. */
public class SignInThrottledException extends LockedException {

    private final transient LoginThrottle.Refusal refusal;

    SignInThrottledException(LoginThrottle.Refusal refusal) {
        super(refusal.locked() ? "locked" : "throttled");
        this.refusal = refusal;
    }

    public boolean locked() {
        return refusal.locked();
    }

    public Instant until() {
        return refusal.until();
    }
}
