package vn.cchc.shared.db;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "Can a save succeed right now?" — part of readiness and of /actuator/health. DOWN while the supervised embedded
 * server is being restarted, when the disk holding its data has less than {@code cchc.embedded-db.min-free-space-mb}
 * free, or when a tiny write (one row of {@code db_health}) fails or takes over 3 s. Reads alone (the stock "db"
 * check) stay UP on a full disk, which is how health said UP while every save answered 503.
 */
@Component("dbWrite")
class DatabaseWriteHealthIndicator implements HealthIndicator {

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedPostgresServer> embedded;
    private final long minFreeBytes;

    DatabaseWriteHealthIndicator(
            DataSource dataSource, ObjectProvider<EmbeddedPostgresServer> embedded, EmbeddedDatabaseProperties props) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.minFreeBytes = props.minFreeSpaceMb() * 1024 * 1024;
    }

    @Override
    public Health health() {
        EmbeddedPostgresServer server = embedded.getIfAvailable();
        if (server != null) {
            if (server.state() != EmbeddedPostgresServer.State.UP) {
                return Health.down()
                        .withDetail("reason", "embedded PostgreSQL " + server.state())
                        .build();
            }
            try {
                long free = server.usableSpace();
                if (free < minFreeBytes) {
                    return Health.down()
                            .withDetail("reason", "disk almost full")
                            .withDetail("freeBytes", free)
                            .build();
                }
            } catch (IOException e) {
                return Health.down(e).build();
            }
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local statement_timeout = '3s'");
                s.executeUpdate("update db_health set checked_at = now(), probes = probes + 1 where id = 1");
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
            return Health.up().build();
        } catch (Exception e) {
            return Health.down().withDetail("reason", "write probe failed").build();
        }
    }
}
