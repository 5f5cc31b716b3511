package vn.cchc.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/**
 * The app's data directory survives a restart of the embedded server (the durable settings are on), and the second
 * start of an existing cluster keeps it password-protected with the same generated password.
 */
class EmbeddedPostgresPersistenceTests {

    private static final Path DATA = Path.of("target", "db-persistence").toAbsolutePath();

    @Test
    void dataSurvivesARestartWithFsyncOn() throws Exception {
        if (Files.exists(DATA)) {
            try (var walk = Files.walk(DATA)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
        EmbeddedPostgresServer first =
                EmbeddedPostgresServer.obtain(EmbeddedDatabaseSecurityTests.props(DATA, true, 0));
        String password = first.password();
        try (Connection c = first.connect();
                Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('Liên Mạc')");
            try (ResultSet rs = s.executeQuery("show fsync")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("on");
            }
        } finally {
            first.close();
        }
        EmbeddedPostgresServer second =
                EmbeddedPostgresServer.obtain(EmbeddedDatabaseSecurityTests.props(DATA, true, 0));
        try (Connection c = second.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select v from kept")) {
            assertThat(second.password()).isEqualTo(password);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Liên Mạc");
        } finally {
            second.close();
        }
    }
}
