package vn.cchc.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.StartsApps;
import vn.cchc.load.LoadTest;

/**
 * Two app nodes (child JVMs, as in production) on ONE PostgreSQL, started at the same moment on an empty database:
 * the demo is loaded once, a browser session made on node A is valid on node B, and two chairmen's sign requests
 * racing on the two nodes have exactly one winner, a lock-out made on A holds on B, and the load harness spread over
 * both nodes sees no error.
 */
@StartsApps
class TwoNodesTests {

    private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static final String MASTER_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static EmbeddedPostgres pg;
    private static Node a;
    private static Node b;

    @BeforeAll
    static void twoNodesOnOneDatabase() throws Exception {
        pg = EmbeddedPostgres.builder().setPort(0).start();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database cchc");
        }
        Path logs = Files.createDirectories(Path.of("target", "two-nodes"));
        // both at once on the empty database: the start-up data lock must make them take turns
        CompletableFuture<Node> first =
                CompletableFuture.supplyAsync(() -> Node.start(pg.getPort(), logs.resolve("a.log")));
        CompletableFuture<Node> second =
                CompletableFuture.supplyAsync(() -> Node.start(pg.getPort(), logs.resolve("b.log")));
        a = first.join();
        b = second.join();
    }

    @AfterAll
    static void stop() throws Exception {
        for (Node n : new Node[] {a, b}) {
            if (n != null) n.stop();
        }
        if (pg != null) pg.close();
    }

    @Test
    void bothNodesServeOneDataSetLoadedOnce() throws Exception {
        assertThat(scalar("select count(*) from user_account where username = 'lienmac-clerk'"))
                .isEqualTo(1);
        long docs = scalar("select count(*) from issued_document d join org_unit u on u.id = d.org_unit_id "
                + "where u.name = 'xã Liên Mạc'");
        assertThat(docs).isPositive();
        for (Node n : List.of(a, b)) {
            HttpResponse<String> r = http.send(
                    basic(n, "/api/v1/org-units", "lienmac-clerk").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("Liên Mạc");
        }
    }

    @Test
    void aSessionMadeOnNodeAIsValidOnNodeB() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String login = browser.send(
                        HttpRequest.newBuilder(a.uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String form =
                "username=lienmac-clerk&password=demo&_csrf=" + URLEncoder.encode(csrf(login), StandardCharsets.UTF_8);
        HttpResponse<String> posted = browser.send(
                HttpRequest.newBuilder(a.uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse("")).doesNotContain("error");

        // the cookie jar holds the cookie for 127.0.0.1 whatever the port: node B gets the same session cookie
        HttpResponse<String> onB = browser.send(
                HttpRequest.newBuilder(b.uri("/")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("LIÊN MẠC");
        assertThat(scalar("select count(*) from spring_session where principal_name = 'lienmac-clerk'"))
                .isPositive();

        // and logging out on B ends it on A too
        String csrfOnB = csrf(onB.body());
        HttpResponse<String> out = browser.send(
                HttpRequest.newBuilder(b.uri("/logout"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "_csrf=" + URLEncoder.encode(csrfOnB, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(out.statusCode()).isEqualTo(302);
        HttpResponse<String> afterOnA =
                browser.send(HttpRequest.newBuilder(a.uri("/")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(afterOnA.statusCode()).isEqualTo(302);
        assertThat(afterOnA.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void twoNodesRacingToSignTheSameReportHaveOneWinner() throws Exception {
        long reportId = scalar("select r.id from report r join org_unit u on u.id = r.org_unit_id "
                + "join reporting_period p on p.id = r.period_id where u.name = 'xã Thanh Hồng' and p.year = 2023 "
                + "and r.status in ('DRAFT', 'RETURNED') order by r.id limit 1");
        HttpResponse<String> submitted = http.send(
                basic(a, "/api/v1/reports/" + reportId + "/submit", "thanhhong-clerk")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"confirmWarnings\": true}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

        List<CompletableFuture<HttpResponse<String>>> racing = new ArrayList<>();
        for (Node n : List.of(a, b)) {
            racing.add(http.sendAsync(
                    basic(n, "/api/v1/reports/" + reportId + "/sign", "thanhhong-chair")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = racing.stream()
                .map(CompletableFuture::join)
                .map(HttpResponse::statusCode)
                .sorted()
                .toList();
        assertThat(statuses).containsExactly(200, 409);
        assertThat(scalar("select count(*) from report_snapshot where report_id = " + reportId))
                .isEqualTo(1);
    }

    @Test
    void aLockOutMadeOnNodeAHoldsOnNodeB() throws Exception {
        String user = "thanhhong-clerk";
        // wrong passwords on A, waiting out each progressive delay, until the (account, address) pair is locked
        String body = "";
        for (int attempt = 0; attempt < 12 && !body.contains("tạm khóa"); attempt++) {
            HttpResponse<String> r = http.send(
                    basic(a, "/api/v1/org-units", user, "wrong-password").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(401);
            body = r.body();
            long wait = r.headers().firstValueAsLong("Retry-After").orElse(0);
            if (!body.contains("tạm khóa") && wait > 0) Thread.sleep(wait * 1000);
        }
        assertThat(body).as("locked on A").contains("tạm khóa");
        assertThat(scalar(
                        "select count(*) from login_throttle where username = '" + user + "' and locked_until > now()"))
                .isEqualTo(1);

        // B knows: the right password is refused there too, with the same Vietnamese reason
        HttpResponse<String> onB = http.send(
                basic(b, "/api/v1/org-units", user, "demo").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(onB.statusCode()).isEqualTo(401);
        assertThat(onB.body()).contains("tạm khóa");
        assertThat(onB.headers().firstValueAsLong("Retry-After").orElse(0)).isGreaterThan(60);

        // the lock is per (account, address) in the shared database: clearing it (the admin's unlock) frees B at once
        try (Connection c = pg.getDatabase("postgres", "cchc").getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("delete from login_throttle where username = '" + user + "'");
        }
        assertThat(http.send(
                                basic(b, "/api/v1/org-units", user, "demo")
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theLoadHarnessSpreadOverBothNodesHasNoErrors() throws Exception {
        // a short functional run (no timing asserted): users alternate between the nodes, each logs in through the
        // form on its node and browses the report pages and PDFs there; the accounts are ones the other tests
        // neither lock out nor sign with, so the order of the tests does not matter
        LoadTest.Result run = LoadTest.run(
                "--base",
                a.uri("") + "," + b.uri(""),
                "--users",
                "6",
                "--warmup",
                "1",
                "--duration",
                "6",
                "--accounts",
                "lienmac-clerk,lienmac-chair,thanhxa-clerk,tuky-noivu");
        assertThat(run.errors()).as(run.summary()).isZero();
        assertThat(run.loginErrors()).as(run.summary()).isZero();
        assertThat(run.requestsByNode())
                .as(run.summary())
                .hasSize(2)
                .allSatisfy((node, n) -> assertThat(n).isPositive());
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static HttpRequest.Builder basic(Node n, String path, String user) {
        return basic(n, path, user, "demo");
    }

    private static HttpRequest.Builder basic(Node n, String path, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(n.uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + token)
                .header("Accept", "application/json");
    }

    private static long scalar(String sql) throws Exception {
        try (Connection c = pg.getDatabase("postgres", "cchc").getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One app node: the main classes and dependencies of the test class path, pointed at the shared database. */
    record Node(Process process, int port) {

        static Node start(int dbPort, Path log) {
            try {
                String classpath = Arrays.stream(
                                System.getProperty("java.class.path").split(File.pathSeparator))
                        .filter(e -> !e.replace('\\', '/').endsWith("test-classes") && !e.contains("surefire"))
                        .reduce((x, y) -> x + File.pathSeparator + y)
                        .orElseThrow();
                String java =
                        Path.of(System.getProperty("java.home"), "bin", "java").toString();
                List<String> cmd = List.of(
                        java,
                        "-Xmx384m",
                        "-XX:TieredStopAtLevel=1",
                        "-Duser.timezone=Asia/Ho_Chi_Minh",
                        "-cp",
                        classpath,
                        "vn.cchc.CchcReportApplication",
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--cchc.demo.enabled=true",
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + dbPort + "/cchc",
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        // nothing of a node's own: one signing master key for both, no file in the working directory
                        "--cchc.signing.master-key=" + MASTER_KEY,
                        "--cchc.embedded-db.data-dir="
                                + log.getParent().resolve("data").toAbsolutePath());
                ProcessBuilder pb = new ProcessBuilder(cmd)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
                pb.environment()
                        .keySet()
                        .removeIf(k -> k.startsWith("SPRING_") || k.startsWith("CCHC_") || k.equals("SERVER_PORT"));
                Process p = pb.start();
                long deadline = System.currentTimeMillis() + 360_000;
                while (System.currentTimeMillis() < deadline) {
                    String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
                    Matcher m = HTTP_PORT.matcher(text);
                    if (m.find()) return new Node(p, Integer.parseInt(m.group(1)));
                    if (!p.isAlive()) {
                        throw new IllegalStateException("node exited during start-up; see " + log + ":\n" + text);
                    }
                    Thread.sleep(250);
                }
                p.destroyForcibly();
                throw new IllegalStateException("node did not start within 360 s; see " + log);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
        }
    }
}
