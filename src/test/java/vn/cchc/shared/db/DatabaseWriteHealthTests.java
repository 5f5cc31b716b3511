package vn.cchc.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.IntegrationTest;

/** The write probe behind /actuator/health and readiness, on the real test database. */
@IntegrationTest
class DatabaseWriteHealthTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    ObjectProvider<EmbeddedPostgresServer> server;

    @Autowired
    DatabaseWriteHealthIndicator indicator;

    @Test
    void upWhenARowCanBeWrittenAndTheWriteHappened() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long before = jdbc.queryForObject("select probes from db_health where id = 1", Long.class);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(jdbc.queryForObject("select probes from db_health where id = 1", Long.class))
                .isEqualTo(before + 1);
    }

    @Test
    void downWhenTheDiskHasLessFreeSpaceThanTheThreshold() throws Exception {
        long freeMb = server.getObject().usableSpace() / (1024 * 1024);
        var props =
                new EmbeddedDatabaseProperties(Path.of("target/test-db"), false, 0, null, null, freeMb + 1024, null);
        var health = new DatabaseWriteHealthIndicator(dataSource, server, props).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("reason", "disk almost full");
    }

    @Test
    void downWhenTheWriteFails() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("alter table db_health rename to db_health_away");
        try {
            assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
        } finally {
            jdbc.execute("alter table db_health_away rename to db_health");
        }
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    }
}
