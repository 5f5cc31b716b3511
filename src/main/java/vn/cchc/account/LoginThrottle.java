package vn.cchc.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords are counted per (account, source address) in the database, so that every app node sees the
 * same counts and a stranger elsewhere cannot lock the owner out. From the {@value #FREE_FAILURES}th failure on
 * the pair must wait 1, 2, 4 … (at most {@value #MAX_DELAY_SECONDS}) seconds before its next attempt; after
 * {@code cchc.security.max-failed-logins} failures the pair is locked for {@code cchc.security.lockout}. A
 * success, an administrator's unlock or a lock that ran out starts the count afresh.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final long MAX_DELAY_SECONDS = 60;

    /** Why an attempt is refused before its password is even checked. */
    public record Refusal(boolean locked, Instant until) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginThrottle(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${cchc.security.max-failed-logins:5}") int maxFailures,
            @Value("${cchc.security.lockout:PT15M}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    public Optional<Refusal> check(String username, String address) {
        Instant now = clock.instant();
        List<Refusal> rows = jdbc.query(
                """
                select locked_until, next_allowed from login_throttle where username = ? and address = ?""",
                (rs, i) -> {
                    Timestamp locked = rs.getTimestamp(1);
                    Timestamp next = rs.getTimestamp(2);
                    if (locked != null && locked.toInstant().isAfter(now)) return new Refusal(true, locked.toInstant());
                    if (next != null && next.toInstant().isAfter(now)) return new Refusal(false, next.toInstant());
                    return null;
                },
                key(username),
                key(address));
        return rows.stream().filter(r -> r != null).findFirst();
    }

    /** Counts one failure (atomically, so concurrent nodes do not lose one); the refusal it now triggers, if any. */
    public Optional<Refusal> failure(String username, String address) {
        Instant now = clock.instant();
        Timestamp ts = Timestamp.from(now);
        // a count older than the lock-out window, or whose lock ran out, starts again at 1
        int failures = jdbc.queryForObject(
                """
                insert into login_throttle as t (username, address, failures, last_failure) values (?, ?, 1, ?)
                on conflict (username, address) do update set
                    failures = case when t.last_failure < ? or (t.locked_until is not null and t.locked_until <= ?)
                                    then 1 else t.failures + 1 end,
                    last_failure = excluded.last_failure,
                    locked_until = case when t.locked_until <= ? then null else t.locked_until end
                returning failures""", Integer.class, key(username), key(address), ts, Timestamp.from(now.minus(lockout)), ts, ts);
        Instant lockedUntil = failures >= maxFailures ? now.plus(lockout) : null;
        Instant nextAllowed = failures >= FREE_FAILURES
                ? now.plusSeconds(Math.min(MAX_DELAY_SECONDS, 1L << Math.min(20, failures - FREE_FAILURES)))
                : null;
        jdbc.update(
                "update login_throttle set locked_until = coalesce(?, locked_until), next_allowed = ? "
                        + "where username = ? and address = ?",
                lockedUntil == null ? null : Timestamp.from(lockedUntil),
                nextAllowed == null ? null : Timestamp.from(nextAllowed),
                key(username),
                key(address));
        if (lockedUntil != null) return Optional.of(new Refusal(true, lockedUntil));
        return nextAllowed == null ? Optional.empty() : Optional.of(new Refusal(false, nextAllowed));
    }

    public void success(String username, String address) {
        jdbc.update("delete from login_throttle where username = ? and address = ?", key(username), key(address));
    }

    /** The administrator's unlock: every address of the account starts afresh. */
    public int unlock(String username) {
        return jdbc.update("delete from login_throttle where username = ?", key(username));
    }

    /** The latest running lock of the account from any address (for the administrator's list). */
    public Optional<Instant> lockedUntil(String username) {
        Timestamp t = jdbc.queryForObject(
                "select max(locked_until) from login_throttle where username = ? " + "and locked_until > ?",
                Timestamp.class,
                key(username),
                Timestamp.from(clock.instant()));
        return Optional.ofNullable(t).map(Timestamp::toInstant);
    }

    int failures(String username, String address) {
        return jdbc.query(
                "select failures from login_throttle where username = ? and address = ?",
                rs -> rs.next() ? rs.getInt(1) : 0,
                key(username),
                key(address));
    }

    static String key(String s) {
        String v = s == null ? "" : s;
        return v.length() > 60 ? v.substring(0, 60) : v;
    }
}
