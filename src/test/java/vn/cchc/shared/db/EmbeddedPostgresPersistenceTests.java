package vn.cchc.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's data directory survives a restart of the embedded server (the durable settings are on). */
class EmbeddedPostgresPersistenceTests {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestartWithFsyncOn() throws Exception {
        Path pg = Files.createDirectories(dir.resolve("pg"));
        try (EmbeddedPostgres first = durable(pg);
             Connection c = first.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('Liên Mạc')");
            try (ResultSet rs = s.executeQuery("show fsync")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("on");
            }
        }
        try (EmbeddedPostgres second = durable(pg);
             Connection c = second.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Liên Mạc");
        }
    }

    private static EmbeddedPostgres durable(Path pg) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(pg).setCleanDataDirectory(false)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
    }
}
