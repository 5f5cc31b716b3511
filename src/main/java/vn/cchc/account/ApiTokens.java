package vn.cchc.account;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

/**
 * Named, revocable API tokens of an account. The token (256 random bits) is shown once; the database keeps only
 * its HMAC-SHA256 under a server secret: a fast keyed hash is enough for a random secret of this length (no
 * dictionary to try), and it costs microseconds where BCrypt costs ~100 ms per call.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "cchc_";
    static final int MAX_NAME = 100;
    private static final String SECRET = "api-token-hmac";
    /** last_used_at is written at most this often per token, so polling does not turn every read into a write. */
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    public record TokenView(
            long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean active(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /** Serializable: it travels to the next page as a flash attribute in the (database-kept) session. */
    public record Issued(long id, String name, String token, Instant expiresAt) implements Serializable {}

    private final JdbcTemplate jdbc;
    private final ServerSecrets secrets;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcTemplate jdbc, ServerSecrets secrets, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Issued create(long accountId, String name, Instant expiresAt) {
        List<FieldViolation> errors = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) errors.add(new FieldViolation("name", "Tên mã truy cập: bắt buộc."));
        else if (n.length() > MAX_NAME)
            errors.add(new FieldViolation("name", "Tên mã truy cập: tối đa " + MAX_NAME + " ký tự."));
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            errors.add(new FieldViolation("expiresAt", "Hạn dùng: phải là một thời điểm trong tương lai."));
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var ps = c.prepareStatement(
                            "insert into api_token (account_id, name, token_hash, expires_at) values (?, ?, ?, ?)",
                            new String[] {"id"});
                    ps.setLong(1, accountId);
                    ps.setString(2, n);
                    ps.setString(3, hash(token));
                    ps.setTimestamp(4, expiresAt == null ? null : Timestamp.from(expiresAt));
                    return ps;
                },
                key);
        long id = key.getKey().longValue();
        audit.record(AuditEvent.of(
                "TOKEN_CREATE",
                "ApiToken",
                id,
                null,
                expiresAt == null ? Map.of("name", n) : Map.of("name", n, "expiresAt", expiresAt.toString())));
        return new Issued(id, n, token, expiresAt);
    }

    public List<TokenView> of(long accountId) {
        return jdbc.query(
                """
                select id, name, created_at, expires_at, last_used_at, revoked_at from api_token
                where account_id = ? order by created_at desc, id desc""",
                (rs, i) -> new TokenView(
                        rs.getLong(1),
                        rs.getString(2),
                        instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6))),
                accountId);
    }

    /** Revokes one of the account's own tokens; another account's token id is "not found". */
    @Transactional
    public void revoke(long accountId, long tokenId) {
        int n = jdbc.update(
                "update api_token set revoked_at = coalesce(revoked_at, now()) where id = ? and account_id = ?",
                tokenId,
                accountId);
        if (n == 0) throw new NotFoundException("error.notFound");
        audit.record(AuditEvent.of("TOKEN_REVOKE", "ApiToken", tokenId, null, null));
    }

    /** The account a presented token acts as: only a live token of an enabled account. */
    Optional<CurrentUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) return Optional.empty();
        Instant now = clock.instant();
        List<Object[]> rows = jdbc.query(
                """
                select t.id, t.last_used_at, a.id, a.username, a.full_name, a.role, a.org_unit_id,
                       a.must_change_password, a.password_hash
                from api_token t join user_account a on a.id = t.account_id
                where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > ?)
                  and a.enabled""",
                (rs, i) -> new Object[] {
                    rs.getLong(1),
                    rs.getTimestamp(2),
                    new CurrentUser(
                            rs.getLong(3),
                            rs.getString(4),
                            rs.getString(5),
                            Role.valueOf(rs.getString(6)),
                            (Long) rs.getObject(7),
                            rs.getBoolean(8),
                            rs.getString(9),
                            false,
                            true)
                },
                hash(token),
                Timestamp.from(now));
        if (rows.isEmpty()) return Optional.empty();
        Timestamp lastUsed = (Timestamp) rows.get(0)[1];
        if (lastUsed == null || lastUsed.toInstant().isBefore(now.minus(LAST_USED_GRANULARITY))) {
            jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(now), rows.get(0)[0]);
        }
        return Optional.of((CurrentUser) rows.get(0)[2]);
    }

    /** Whether the request was authenticated with a token (rather than a password). */
    public static boolean viaToken(Authentication auth) {
        return auth instanceof BearerTokenFilter.TokenAuthentication;
    }

    String hash(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get(SECRET), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
