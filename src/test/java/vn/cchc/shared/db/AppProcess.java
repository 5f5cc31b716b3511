package vn.cchc.shared.db;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app in a child JVM (main classes and dependencies of the test classpath, no test classes) on its own
 * persistent data directory, as in production: fsync on, demo data loaded on first start.
 */
final class AppProcess {

    private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern DB_PORT = Pattern.compile("Embedded PostgreSQL on port (\\d+) with data in");

    final Process process;
    final int httpPort;
    final int dbPort;
    final Duration startup;
    final Path log;

    private AppProcess(Process process, int httpPort, int dbPort, Duration startup, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.dbPort = dbPort;
        this.startup = startup;
        this.log = log;
    }

    static AppProcess start(Path dataDir, Path log) throws Exception {
        return start(dataDir, log, true, Map.of());
    }

    /** demo=false is a server install; env adds variables (CCHC_ADMIN_PASSWORD, ...). */
    static AppProcess start(Path dataDir, Path log, boolean demo, Map<String, String> env) throws Exception {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.replace('\\', '/').endsWith("test-classes") && !e.contains("surefire"))
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-Xmx400m",
                "-XX:TieredStopAtLevel=1",
                "-Duser.timezone=Asia/Ho_Chi_Minh",
                "-cp",
                classpath,
                "vn.cchc.CchcReportApplication",
                "--server.port=0",
                "--cchc.embedded-db.data-dir=" + dataDir.toAbsolutePath(),
                "--cchc.embedded-db.port=0",
                "--cchc.demo.enabled=" + demo,
                // the PostgreSQL binaries are unpacked once for all test data directories
                "--cchc.embedded-db.binaries-dir=" + Path.of("target", "pgsql").toAbsolutePath()));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        pb.environment()
                .keySet()
                .removeIf(k -> k.startsWith("SPRING_") || k.startsWith("CCHC_") || k.equals("SERVER_PORT"));
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        long deadline = System.currentTimeMillis() + 150_000;
        Integer http = null;
        Integer db = null;
        while (System.currentTimeMillis() < deadline) {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            db = find(DB_PORT, text).orElse(db);
            http = find(HTTP_PORT, text).orElse(null);
            if (http != null && db != null) break;
            if (!p.isAlive()) {
                throw new IllegalStateException(
                        "app exited during startup (exit " + p.exitValue() + "); see " + log + ":\n" + text);
            }
            Thread.sleep(200);
        }
        if (http == null || db == null) {
            p.destroyForcibly();
            throw new IllegalStateException("app did not start within 150 s; see " + log);
        }
        return new AppProcess(p, http, db, Duration.ofNanos(System.nanoTime() - t0), log);
    }

    /** kill -9: no shutdown hook runs, the embedded postmaster is left behind. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Normal stop: SIGTERM, the shutdown hook stops the embedded server. */
    void stop() throws InterruptedException {
        if (!process.isAlive()) return;
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) kill();
    }

    /** The postmaster running on a data directory (from its pid file), if any. */
    static Optional<ProcessHandle> postmaster(Path pgDir) {
        Path pidFile = pgDir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) return Optional.empty();
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) return Optional.empty();
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void stopPostmaster(Path pgDir) {
        postmaster(pgDir).ifPresent(ph -> {
            ph.destroy();
            try {
                ph.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                ph.destroyForcibly();
            }
        });
    }

    private static Optional<Integer> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        Integer last = null;
        while (m.find()) last = Integer.parseInt(m.group(1));
        return Optional.ofNullable(last);
    }
}
