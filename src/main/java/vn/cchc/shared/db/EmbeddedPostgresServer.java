package vn.cchc.shared.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL: one per data directory per JVM (Spring's test context cache may build several contexts
 * and they share it). Only zonky's binaries are used; this class runs them itself so that it can
 * <ul>
 * <li>protect the server: password (SCRAM) authentication only, the password from CCHC_DB_PASSWORD or generated
 * into the data directory (0600), TCP on loopback only, the Unix socket inside the data directory (0700), and never
 * root — a dedicated OS account when the app is root ({@link PgOsUser});</li>
 * <li>own the data directory: one app per directory ({@link InstanceLock}); a leftover postmaster.pid is acted on only
 * when its pid really is a postmaster on this directory ({@link Postmasters});</li>
 * <li>supervise the server: when it dies (kill -9, SIGINT, SIGTERM) it is started again with back-off, and the
 * health check says DOWN meanwhile ({@link #state()}).</li>
 * </ul>
 */
public final class EmbeddedPostgresServer {

    public enum State {
        UP,
        RESTARTING,
        STOPPED
    }

    public static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Logger pgLog = LoggerFactory.getLogger("vn.cchc.shared.db.postgres");
    private static final Map<Path, EmbeddedPostgresServer> servers = new ConcurrentHashMap<>();

    private final Path dataDir;
    private final Path pgDir;
    private final EmbeddedDatabaseProperties props;
    private final InstanceLock lock;
    private final PgOsUser os;
    private final Path install;
    private final String password;
    private final int port;
    private final List<Runnable> restartListeners = new CopyOnWriteArrayList<>();
    private final Deque<String> tail = new ArrayDeque<>();
    private volatile Process postmaster;
    private volatile State state = State.STOPPED;
    private volatile boolean stopping;
    private volatile long restarts;

    private EmbeddedPostgresServer(
            Path dataDir,
            EmbeddedDatabaseProperties props,
            InstanceLock lock,
            PgOsUser os,
            Path install,
            String password,
            int port) {
        this.dataDir = dataDir;
        this.pgDir = dataDir.resolve("pg");
        this.props = props;
        this.lock = lock;
        this.os = os;
        this.install = install;
        this.password = password;
        this.port = port;
    }

    public static EmbeddedPostgresServer obtain(EmbeddedDatabaseProperties props) {
        Path dir = props.dataDir().toAbsolutePath().normalize();
        return servers.computeIfAbsent(dir, d -> create(d, props));
    }

    public int getPort() {
        return port;
    }

    public String getJdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public String password() {
        return password;
    }

    public State state() {
        return state;
    }

    /** Times the supervisor brought the server back. */
    public long restarts() {
        return restarts;
    }

    public Path dataDirectory() {
        return pgDir;
    }

    public long pid() {
        Process p = postmaster;
        return p == null ? -1 : p.pid();
    }

    /** Free bytes for an unprivileged writer on the disk holding the data. */
    public long usableSpace() throws IOException {
        return Files.getFileStore(pgDir).getUsableSpace();
    }

    /** Called after every restart by the supervisor (the pool drops its dead connections). */
    void onRestart(Runnable listener) {
        restartListeners.add(listener);
    }

    // ------------------------------------------------------------------ start

    private static EmbeddedPostgresServer create(Path dataDir, EmbeddedDatabaseProperties props) {
        try {
            return start(dataDir, props);
        } catch (EmbeddedDatabaseStartException e) {
            log.error(e.getMessage()); // the one line an operator reads first
            throw e;
        }
    }

    private static EmbeddedPostgresServer start(Path dataDir, EmbeddedDatabaseProperties props) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException | SecurityException e) {
            throw unwritable(dataDir, e);
        }
        InstanceLock lock;
        try {
            lock = InstanceLock.tryAcquire(dataDir)
                    .orElseThrow(() -> new EmbeddedDatabaseStartException("Một phiên bản khác của ứng dụng (pid "
                            + InstanceLock.holder(dataDir) + ") đang chạy trên thư mục dữ"
                            + " liệu " + dataDir
                            + ". Không chạy hai phiên bản trên cùng một thư mục dữ liệu: dừng phiên"
                            + " bản kia, hoặc đặt CCHC_DATA_DIR sang thư mục khác."));
        } catch (IOException e) {
            throw unwritable(dataDir, e);
        }
        try {
            Path pgDir = dataDir.resolve("pg");
            PgOsUser os = PgOsUser.resolve(props.osUser());
            stopOrphanOrForgetStalePid(pgDir);
            if (!props.persistent()) deleteTree(pgDir); // tests: a fresh cluster per JVM
            int port = props.port() != null && props.port() > 0 ? requireFree(props.port()) : freePort();
            String password = PgSecret.obtain(dataDir, props.password());
            Path install =
                    PgBinaries.install(props.binariesDir().toAbsolutePath().normalize());
            EmbeddedPostgresServer server =
                    new EmbeddedPostgresServer(dataDir, props, lock, os, install, password, port);
            server.prepareCluster();
            server.startPostmaster(Duration.ofSeconds(60));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
            Thread supervisor = new Thread(server::supervise, "embedded-postgres-supervisor");
            supervisor.setDaemon(true);
            supervisor.start();
            log.info(
                    "Embedded PostgreSQL on port {} with data in {} (OS user {}, pid {})",
                    port,
                    pgDir,
                    os.switches() ? os.name : System.getProperty("user.name"),
                    server.pid());
            return server;
        } catch (IOException e) {
            lock.release();
            throw unwritable(dataDir, e);
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    private static EmbeddedDatabaseStartException unwritable(Path dataDir, Exception e) {
        return new EmbeddedDatabaseStartException(
                "Thư mục dữ liệu " + dataDir + " không tạo được hoặc không ghi được ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + "). Cấp quyền ghi cho tài khoản chạy ứng dụng,"
                        + " hoặc đặt CCHC_DATA_DIR sang một thư mục ghi được.",
                e);
    }

    /**
     * We hold the instance lock, so no live app owns a server on this directory. A postmaster left by an app killed
     * with -9 is stopped; a pid that belongs to anything else (pids are reused after a reboot) is never touched, only
     * the stale file goes (PostgreSQL would otherwise refuse to start).
     */
    private static void stopOrphanOrForgetStalePid(Path pgDir) throws IOException {
        Optional<Long> pid = Postmasters.recordedPid(pgDir);
        if (pid.isEmpty()) return;
        Optional<ProcessHandle> orphan = Postmasters.verified(pid.get(), pgDir);
        if (orphan.isPresent()) {
            log.warn("Stopping the PostgreSQL (pid {}) left running on {} by an app that is gone", pid.get(), pgDir);
            stopProcess(orphan.get());
        } else if (ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
            log.warn(
                    "postmaster.pid in {} names pid {}, which is not a PostgreSQL on this directory: that process is "
                            + "left alone, the stale pid file removed",
                    pgDir,
                    pid.get());
            Files.deleteIfExists(pgDir.resolve("postmaster.pid"));
        }
    }

    /** Fast shutdown (SIGINT), then immediate (SIGQUIT), then SIGKILL. */
    private static void stopProcess(ProcessHandle p) {
        signal(p.pid(), "INT");
        if (awaitExit(p, 30)) return;
        signal(p.pid(), "QUIT");
        if (awaitExit(p, 10)) return;
        p.destroyForcibly();
        awaitExit(p, 10);
    }

    private static boolean awaitExit(ProcessHandle p, int seconds) {
        try {
            p.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return !p.isAlive();
        }
    }

    private static void signal(long pid, String sig) {
        PgOsUser.run(List.of("kill", "-s", sig, Long.toString(pid)));
    }

    /** A second instance on the same fixed port would otherwise wait a minute and fail obscurely. */
    private static int requireFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return port;
        } catch (IOException e) {
            throw new EmbeddedDatabaseStartException(
                    "Cổng " + port + " của PostgreSQL nhúng đang bị chiếm (một phiên"
                            + " bản khác đang chạy?). Đặt CCHC_DB_PORT sang cổng khác, hoặc 0 để chọn cổng trống bất kỳ.",
                    e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** initdb on first start (password set there), else the password re-applied; pg_hba rewritten every start. */
    private void prepareCluster() throws IOException {
        if (os.switches()) {
            // the server's account must pass through the data directory to its own files and to the binaries
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx--x--x"));
        }
        Files.createDirectories(pgDir);
        Files.setPosixFilePermissions(pgDir, PosixFilePermissions.fromString("rwx------"));
        if (os.switches() && (Integer) Files.getAttribute(pgDir, "unix:uid") != os.uid) os.own(pgDir);
        if (!os.canWrite(pgDir)) {
            throw new EmbeddedDatabaseStartException("Tài khoản hệ điều hành «" + os.name
                    + "» của PostgreSQL nhúng không"
                    + " vào được thư mục " + pgDir + ": cho phép nó đi qua các thư mục cha (chmod o+x), hoặc đặt"
                    + " CCHC_DATA_DIR ở nơi khác.");
        }
        if (!Files.exists(pgDir.resolve("PG_VERSION"))) {
            initdb();
        } else {
            applyPassword();
        }
        Files.writeString(pgDir.resolve("pg_hba.conf"), """
                # Written by the app at every start (vn.cchc.shared.db.EmbeddedPostgresServer): password only, never trust.
                local   all   all                 scram-sha-256
                host    all   all   127.0.0.1/32  scram-sha-256
                host    all   all   ::1/128       scram-sha-256
                """, StandardCharsets.UTF_8);
        os.own(pgDir.resolve("pg_hba.conf"));
    }

    private void initdb() throws IOException {
        Path pwfile = dataDir.resolve(".initdb-password");
        Files.deleteIfExists(pwfile);
        Files.createFile(pwfile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
            os.own(pwfile);
            List<String> cmd = new ArrayList<>(List.of(
                    bin("initdb"),
                    "-D",
                    pgDir.toString(),
                    "-U",
                    USER,
                    "-E",
                    "UTF-8",
                    "--auth=scram-sha-256",
                    "--pwfile=" + pwfile));
            if (!props.persistent()) cmd.add("--no-sync");
            runToEnd(cmd, null, "initdb");
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    /** Single-user mode: also moves a cluster made by an older build (no password, trust) to the password. */
    private void applyPassword() {
        String sql = "ALTER ROLE " + USER + " WITH PASSWORD '" + password.replace("'", "''") + "';\n";
        runToEnd(
                List.of(
                        bin("postgres"),
                        "--single",
                        "-D",
                        pgDir.toString(),
                        "-F",
                        "-c",
                        "listen_addresses=",
                        "-c",
                        "log_statement=none",
                        USER),
                sql,
                "postgres --single");
    }

    private void runToEnd(List<String> cmd, String stdin, String what) {
        try {
            ProcessBuilder pb = new ProcessBuilder(os.command(cmd)).redirectErrorStream(true);
            PgOsUser.cleanEnvironment(pb.environment());
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new EmbeddedDatabaseStartException("PostgreSQL nhúng không khởi động được: " + what + " thất bại"
                        + " trên " + pgDir + ": " + lastLines(out));
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseStartException(
                    "PostgreSQL nhúng không khởi động được: không chạy được " + what + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseStartException("Khởi động PostgreSQL nhúng bị ngắt", e);
        }
    }

    private static String lastLines(String out) {
        String[] lines = out.strip().split("\n");
        return String.join(" | ", Arrays.asList(lines).subList(Math.max(0, lines.length - 4), lines.length));
    }

    private String bin(String name) {
        return install.resolve("bin").resolve(name).toString();
    }

    private List<String> postmasterCommand() {
        boolean durable = props.persistent();
        String socketDir = pgDir.toString();
        // the socket path is limited to 107 bytes: too deep a data directory gets no socket at all (TCP only)
        if ((socketDir + "/.s.PGSQL." + port).length() > 100) socketDir = "";
        List<String> cmd =
                new ArrayList<>(List.of(bin("postgres"), "-D", pgDir.toString(), "-p", Integer.toString(port)));
        for (String c : List.of(
                "listen_addresses=localhost",
                "unix_socket_directories=" + socketDir,
                "unix_socket_permissions=0700",
                "password_encryption=scram-sha-256",
                "timezone=UTC",
                "max_connections=100",
                // application data must survive a power cut; tests trade that for speed
                "fsync=" + (durable ? "on" : "off"),
                "synchronous_commit=" + (durable ? "on" : "off"),
                "full_page_writes=" + (durable ? "on" : "off"))) {
            cmd.add("-c");
            cmd.add(c);
        }
        return cmd;
    }

    private void startPostmaster(Duration wait) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(os.command(postmasterCommand())).redirectErrorStream(true);
        PgOsUser.cleanEnvironment(pb.environment());
        Process p = pb.start();
        postmaster = p;
        Thread reader = new Thread(() -> forwardOutput(p), "embedded-postgres-log");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + wait.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new EmbeddedDatabaseStartException("PostgreSQL nhúng dừng ngay khi khởi động (mã " + p.exitValue()
                        + ", thư mục " + pgDir + "): " + tailText());
            }
            boolean ready = "ready".equals(Postmasters.status(pgDir))
                    && Postmasters.recordedPid(pgDir).map(pid -> pid == p.pid()).orElse(false);
            if (ready) {
                try (Connection c = connect()) {
                    state = State.UP;
                    return;
                } catch (SQLException e) {
                    last = e;
                }
            }
            sleep(100);
        }
        p.destroyForcibly();
        throw new EmbeddedDatabaseStartException("PostgreSQL nhúng không sẵn sàng sau " + wait.toSeconds() + " s (thư"
                + " mục " + pgDir + "): " + (last != null ? last.getMessage() + " | " : "") + tailText());
    }

    Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        p.setProperty("password", password);
        p.setProperty("connectTimeout", "3");
        p.setProperty("loginTimeout", "5");
        return DriverManager.getConnection(getJdbcUrl("postgres"), p);
    }

    private void forwardOutput(Process p) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > 30) tail.removeFirst();
                }
                if (line.contains("FATAL") || line.contains("PANIC")) pgLog.warn(line);
                else pgLog.debug(line);
            }
        } catch (IOException ignored) {
            // the process is gone
        }
    }

    private String tailText() {
        synchronized (tail) {
            List<String> lines = new ArrayList<>(tail);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        }
    }

    // ------------------------------------------------------------------ supervision

    private void supervise() {
        long stopRequestSeen = 0;
        while (!stopping) {
            Process p = postmaster;
            boolean exited;
            try {
                exited = p.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (stopping) return;
            if (!exited) {
                // SIGTERM from outside = smart shutdown: no new connections, but it waits for every pooled one to
                // close, up to 30 min of a half-dead app. Turn it into a fast shutdown, then restart below.
                if ("stopping".equals(Postmasters.status(pgDir))) {
                    state = State.RESTARTING;
                    if (stopRequestSeen == 0) stopRequestSeen = System.nanoTime();
                    else if (System.nanoTime() - stopRequestSeen > 1_000_000_000L) {
                        log.warn(
                                "Embedded PostgreSQL (pid {}) was asked to stop by someone else; finishing the"
                                        + " shutdown so that it can be restarted",
                                p.pid());
                        signal(p.pid(), "INT");
                        stopRequestSeen = Long.MAX_VALUE / 2;
                    }
                } else {
                    stopRequestSeen = 0;
                }
                continue;
            }
            stopRequestSeen = 0;
            state = State.RESTARTING;
            long died = System.nanoTime();
            log.warn(
                    "Embedded PostgreSQL (pid {}) stopped unexpectedly (exit {}); restarting it",
                    p.pid(),
                    p.exitValue());
            for (int attempt = 1; !stopping; attempt++) {
                try {
                    startPostmaster(Duration.ofSeconds(30));
                    restarts++;
                    log.warn(
                            "Embedded PostgreSQL restarted (pid {}) {} ms after it stopped, attempt {}",
                            postmaster.pid(),
                            (System.nanoTime() - died) / 1_000_000,
                            attempt);
                    restartListeners.forEach(Runnable::run);
                    break;
                } catch (RuntimeException | IOException e) {
                    Process failed = postmaster;
                    if (failed != null && failed.isAlive()) failed.destroyForcibly();
                    long backoff = Math.min(10_000L, 250L << Math.min(attempt - 1, 6));
                    log.warn(
                            "Restart {} of the embedded PostgreSQL failed ({}); next try in {} ms",
                            attempt,
                            e.getMessage(),
                            backoff);
                    sleep(backoff);
                }
            }
        }
    }

    /** Stops the server and forgets it (tests). */
    void close() {
        stop();
        servers.remove(dataDir.toAbsolutePath().normalize(), this);
    }

    /** Fast shutdown; the JVM's shutdown hook calls it. */
    void stop() {
        stopping = true;
        state = State.STOPPED;
        Process p = postmaster;
        if (p != null && p.isAlive()) {
            stopProcess(p.toHandle());
            log.info("Embedded PostgreSQL stopped");
        }
        lock.release();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
