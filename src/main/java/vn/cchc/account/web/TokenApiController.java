package vn.cchc.account.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.account.ApiTokens;
import vn.cchc.account.CurrentUser;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.ValidationFailedException;

/** The caller's own API tokens. A token cannot mint tokens: a leaked one must not outlive its revocation. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApiController {

    record Body(String name, String expiresAt) {}

    private final ApiTokens tokens;

    TokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(Authentication auth, @RequestBody Body b) {
        if (ApiTokens.viaToken(auth)) throw new ForbiddenException("error.tokens.passwordOnly");
        ApiTokens.Issued t = tokens.create(user(auth).id(), b.name(), expiry(b.expiresAt()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("token", t.token());
        m.put("expiresAt", t.expiresAt());
        return ResponseEntity.status(HttpStatus.CREATED).body(m);
    }

    @GetMapping
    List<Map<String, Object>> list(Authentication auth) {
        Instant now = Instant.now();
        return tokens.of(user(auth).id()).stream()
                .map(t -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", t.id());
                    m.put("name", t.name());
                    m.put("createdAt", t.createdAt());
                    m.put("expiresAt", t.expiresAt());
                    m.put("lastUsedAt", t.lastUsedAt());
                    m.put("revokedAt", t.revokedAt());
                    m.put("active", t.active(now));
                    return m;
                })
                .toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(Authentication auth, @PathVariable long id) {
        tokens.revoke(user(auth).id(), id);
        return ResponseEntity.noContent().build();
    }

    /** {@code 2027-06-30} (until 23:59:59 of that day in Vietnam) or an ISO instant with offset. */
    static Instant expiry(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value)
                        .atTime(23, 59, 59)
                        .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationFailedException(List.of(new FieldViolation(
                    "expiresAt",
                    "Hạn dùng: không đọc được «" + value + "»; dùng dạng yyyy-MM-dd hoặc yyyy-MM-ddTHH:mm:ss+07:00.")));
        }
    }

    private static CurrentUser user(Authentication auth) {
        return (CurrentUser) auth.getPrincipal();
    }
}
