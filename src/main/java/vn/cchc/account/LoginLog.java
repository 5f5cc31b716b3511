package vn.cchc.account;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The log of sign-ins: who (as typed), from which address, through which door, with what outcome. */
@Component
public class LoginLog {

    public enum Channel {
        FORM,
        BASIC,
        TOKEN,
        PASSWORD_CHANGE
    }

    public enum Outcome {
        SUCCESS,
        FAILURE,
        THROTTLED,
        LOCKED,
        DISABLED
    }

    public record Entry(Instant at, String username, String address, Channel channel, Outcome outcome) {}

    private final JdbcTemplate jdbc;

    LoginLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String username, Long accountId, String address, Channel channel, Outcome outcome) {
        String name = username == null ? "" : username.length() > 200 ? username.substring(0, 200) : username;
        jdbc.update("""
                insert into login_event (username, account_id, address, channel, outcome)
                values (?, coalesce(?, (select id from user_account where username = ?)), ?, ?, ?)""", name, accountId, name, LoginThrottle.key(address), channel.name(), outcome.name());
    }

    public List<Entry> recent(String username, int limit) {
        return jdbc.query(
                """
                select occurred_at, username, address, channel, outcome from login_event
                where username = ? order by occurred_at desc, id desc limit ?""",
                (rs, i) -> new Entry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        Channel.valueOf(rs.getString(4)),
                        Outcome.valueOf(rs.getString(5))),
                username,
                limit);
    }
}
