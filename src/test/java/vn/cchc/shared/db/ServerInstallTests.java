package vn.cchc.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.cchc.StartsApps;

/**
 * A server install (the app as {@code java -jar} starts it: no dev profile, demo off) has no demo accounts; its only
 * account is {@code admin} with the password from CCHC_ADMIN_PASSWORD, which must be changed at the first sign-in.
 * The demo default itself is read from application.properties (the dev profile of spring-boot:run turns it on).
 */
@StartsApps
class ServerInstallTests {

    private static final Path DATA = Path.of("target", "server-install").toAbsolutePath();
    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    @Test
    void demoIsOffByDefaultOutsideTheDevProfile() throws Exception {
        var props = new Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            props.load(in);
        }
        assertThat(props.getProperty("cchc.demo.enabled")).isEqualTo("${CCHC_DEMO:false}");
        try (var in = getClass().getResourceAsStream("/application-dev.properties")) {
            var dev = new Properties();
            dev.load(in);
            assertThat(dev.getProperty("cchc.demo.enabled")).isEqualTo("${CCHC_DEMO:true}");
        }
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<profiles><profile>dev</profile></profiles>");
        assertThat(Files.readString(Path.of("docker-compose.yml"))).contains("CCHC_DEMO: ${CCHC_DEMO:-false}");
    }

    @Test
    void aServerInstallStartsWithoutDemoAndWithAnAdminWhoMustChangeThePassword() throws Exception {
        AppProcess.stopPostmaster(DATA.resolve("pg"));
        if (Files.exists(DATA)) {
            try (var walk = Files.walk(DATA)) {
                walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(DATA);
        AppProcess app =
                AppProcess.start(DATA, DATA.resolve("app.log"), false, Map.of("CCHC_ADMIN_PASSWORD", "Khoi-tao-2026"));
        try {
            String log = Files.readString(app.log);
            assertThat(log)
                    .doesNotContain("Demo data set loaded")
                    .contains("Tạo tài khoản quản trị «admin» với mật khẩu từ CCHC_ADMIN_PASSWORD");
            HttpClient plain = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            // no demo account
            HttpResponse<String> demo = plain.send(
                    HttpRequest.newBuilder(uri(app, "/api/v1/reports?year=2023"))
                            .header("Authorization", basic("lienmac-clerk", "demo"))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(demo.statusCode()).isEqualTo(401);
            HttpResponse<String> adminDemo = plain.send(
                    HttpRequest.newBuilder(uri(app, "/api/v1/reports?year=2023"))
                            .header("Authorization", basic("admin", "demo"))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(adminDemo.statusCode())
                    .as("admin/demo must not exist on a server install")
                    .isEqualTo(401);

            // admin signs in with the configured password and is sent to change it
            HttpClient browser = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            String login = browser.send(
                            HttpRequest.newBuilder(uri(app, "/login")).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher m = CSRF.matcher(login);
            assertThat(m.find()).isTrue();
            String token = m.group(1) != null ? m.group(1) : m.group(2);
            HttpResponse<String> signIn = browser.send(
                    HttpRequest.newBuilder(uri(app, "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=Khoi-tao-2026&_csrf="
                                    + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            HttpResponse<String> home =
                    browser.send(HttpRequest.newBuilder(uri(app, "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/account/password");
        } finally {
            app.stop();
        }
    }

    private static URI uri(AppProcess a, String path) {
        return URI.create("http://localhost:" + a.httpPort + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
