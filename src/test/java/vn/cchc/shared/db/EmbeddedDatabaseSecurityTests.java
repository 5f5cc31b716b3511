package vn.cchc.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.security.auth.module.UnixSystem;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL as another local user meets it (issue: "open to every local user"): no connection without
 * the password or with a wrong one, the password file 0600, no trust rule, loopback only, the socket inside the data
 * directory, never running as root; and the data directory's ownership rules (one app per directory, a leftover pid
 * file naming someone else's process leaves that process alone), and the clear start-up failures.
 */
class EmbeddedDatabaseSecurityTests {

    private static final Path DATA = Path.of("target", "db-security").toAbsolutePath();
    private static EmbeddedPostgresServer server;
    private static Process stranger;

    @BeforeAll
    static void start() throws Exception {
        stopLeftover(DATA.resolve("pg"));
        deleteTree(DATA);
        Files.createDirectories(DATA.resolve("pg"));
        // a leftover postmaster.pid whose pid now belongs to an unrelated live process (pids are reused)
        stranger = new ProcessBuilder("sleep", "300").start();
        Files.writeString(
                DATA.resolve("pg").resolve("postmaster.pid"),
                stranger.pid() + "\n" + DATA.resolve("pg") + "\n1700000000\n54329\n\n\n  0 0\nready\n");
        server = EmbeddedPostgresServer.obtain(props(DATA, true, 0));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (stranger != null) stranger.destroyForcibly();
    }

    @Test
    void aLeftoverPidFileNamingAnotherProcessLeavesThatProcessAlone() {
        assertThat(stranger.isAlive())
                .as("the unrelated process named in the stale postmaster.pid")
                .isTrue();
        assertThat(server.state()).isEqualTo(EmbeddedPostgresServer.State.UP);
    }

    @Test
    void noConnectionWithoutThePasswordOrWithAWrongOne() throws Exception {
        String url = server.getJdbcUrl("postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=postgres"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong-" + server.password()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        try (Connection c = DriverManager.getConnection(url, "postgres", server.password());
                Statement s = c.createStatement()) {
            assertThat(one(s, "show listen_addresses")).isEqualTo("localhost");
            assertThat(one(s, "show unix_socket_directories"))
                    .isEqualTo(server.dataDirectory().toString());
            assertThat(one(s, "show unix_socket_permissions")).isEqualTo("0700");
            assertThat(one(s, "show password_encryption")).isEqualTo("scram-sha-256");
            assertThat(one(s, "select string_agg(distinct auth_method, ',') from pg_hba_file_rules"))
                    .isEqualTo("scram-sha-256");
            assertThat(one(s, "select left(rolpassword, 14) from pg_authid where rolname = 'postgres'"))
                    .isEqualTo("SCRAM-SHA-256$");
            assertThat(one(s, "show fsync")).isEqualTo("on");
        }
    }

    @Test
    void thePasswordFileIsOwnerOnlyAndTheDataDirectoryIsNotOpen() throws Exception {
        Path secret = DATA.resolve(PgSecret.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(secret).strip())
                .isEqualTo(server.password())
                .hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.dataDirectory())))
                .isEqualTo("rwx------");
        // the Unix socket exists only inside the (0700) data directory
        assertThat(Files.exists(server.dataDirectory().resolve(".s.PGSQL." + server.getPort())))
                .isTrue();
        assertThat(Files.exists(Path.of("/tmp", ".s.PGSQL." + server.getPort())))
                .isFalse();
    }

    @Test
    void thePostmasterNeverRunsAsRoot() {
        int uid = Postmasters.uid(server.pid());
        System.out.println("DBSEC postmaster pid " + server.pid() + " runs as uid " + uid + "; app is root: "
                + PgOsUser.appIsRoot());
        assertThat(uid).isGreaterThan(0);
        if (!PgOsUser.appIsRoot()) {
            assertThat(uid).isEqualTo((int) new UnixSystem().getUid());
        }
        assertThat(Postmasters.isPostmasterOn(Postmasters.commandLine(server.pid()), server.dataDirectory()))
                .isTrue();
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectoryIsRefusedAndTheFirstKeepsRunning() throws Exception {
        Path child = DATA.resolve("second.log");
        // another JVM: the OS file lock is per process
        Process p = new ProcessBuilder(
                        java(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SecondStart.class.getName(),
                        DATA.toString())
                .redirectErrorStream(true)
                .redirectOutput(child.toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(child);
        assertThat(out)
                .contains("REFUSED")
                .contains("Một phiên bản khác của ứng dụng")
                .contains("CCHC_DATA_DIR");
        assertThat(server.state()).isEqualTo(EmbeddedPostgresServer.State.UP);
        try (Connection c = server.connect();
                Statement s = c.createStatement()) {
            assertThat(one(s, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void aTakenPortOrAnUnwritableDirectoryIsOneClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path other = DATA.resolve("port-taken");
            assertThatThrownBy(() -> EmbeddedPostgresServer.obtain(props(other, false, taken.getLocalPort())))
                    .isInstanceOf(EmbeddedDatabaseStartException.class)
                    .hasMessageContaining("Cổng " + taken.getLocalPort())
                    .hasMessageContaining("CCHC_DB_PORT");
        }
        Path file = Files.writeString(DATA.resolve("a-file"), "x");
        assertThatThrownBy(() -> EmbeddedPostgresServer.obtain(props(file.resolve("data"), false, 0)))
                .isInstanceOf(EmbeddedDatabaseStartException.class)
                .hasMessageContaining("Thư mục dữ liệu")
                .hasMessageContaining("CCHC_DATA_DIR");
    }

    /** Started in a child JVM by the test above. */
    static final class SecondStart {
        public static void main(String[] args) {
            try {
                EmbeddedPostgresServer.obtain(props(Path.of(args[0]), true, 0));
                System.out.println("STARTED");
                System.exit(0);
            } catch (EmbeddedDatabaseStartException e) {
                System.out.println("REFUSED " + e.getMessage());
                System.exit(3);
            }
        }
    }

    /** The binaries are unpacked once for all tests (target/pgsql). */
    static EmbeddedDatabaseProperties props(Path data, boolean persistent, int port) {
        return new EmbeddedDatabaseProperties(
                data,
                persistent,
                port,
                null,
                null,
                null,
                Path.of("target", "pgsql").toAbsolutePath());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void stopLeftover(Path pgDir) {
        Postmasters.recordedPid(pgDir)
                .flatMap(pid -> Postmasters.verified(pid, pgDir))
                .ifPresent(ProcessHandle::destroy);
    }

    private static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) return;
        List<Path> all = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(all::add);
        }
        for (Path p : all) Files.deleteIfExists(p);
    }
}
