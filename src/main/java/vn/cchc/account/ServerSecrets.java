package vn.cchc.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Secrets the app makes itself on first use and keeps in the database (so every node has the same one, and a
 * backup carries it). Created with {@code on conflict do nothing}: two nodes starting at once agree on one value.
 * Once made, a secret never changes, so each node may keep it in memory.
 */
@Component
class ServerSecrets {

    private final JdbcTemplate jdbc;
    private final ConcurrentMap<String, byte[]> cache = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    ServerSecrets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    byte[] get(String name) {
        return cache.computeIfAbsent(name, this::loadOrCreate);
    }

    private byte[] loadOrCreate(String name) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        jdbc.update(
                "insert into server_secret (name, value) values (?, ?) on conflict (name) do nothing",
                name,
                Base64.getEncoder().encodeToString(fresh));
        String value = jdbc.queryForObject("select value from server_secret where name = ?", String.class, name);
        return Base64.getDecoder().decode(value);
    }
}
