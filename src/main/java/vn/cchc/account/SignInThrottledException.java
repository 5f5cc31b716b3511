package vn.cchc.account;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in refused before the password was checked: the (account, address) pair is locked or must wait. */
public class SignInThrottledException extends LockedException {

    // plain fields: the exception is kept in the (database-kept, serialized) session for the login page to read
    private final boolean locked;
    private final Instant until;

    SignInThrottledException(LoginThrottle.Refusal refusal) {
        super(refusal.locked() ? "locked" : "throttled");
        this.locked = refusal.locked();
        this.until = refusal.until();
    }

    public boolean locked() {
        return locked;
    }

    public Instant until() {
        return until;
    }
}
