package vn.cchc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue #10 item 8 on the real server (Tomcat; MockMvc has no connector): a forged Host header never reaches a
 * redirect or the OpenAPI server URL; the session cookie is HttpOnly and SameSite=Lax, and Secure once a trusted
 * proxy (loopback here) says the client came over https. Raw sockets, so that the Host header is ours to forge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuthHardeningIT {

    @LocalServerPort
    int port;

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    String exchange(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toString(StandardCharsets.UTF_8);
        }
    }

    static String header(String response, String name) {
        Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":[ \\t]*([^\\r\\n]*)")
                .matcher(response);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void aForgedHostHeaderIsNeverReflected() throws Exception {
        String r = exchange("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 302");
        assertThat(header(r, "Location")).isEqualTo("/login");
        String basic = Base64.getEncoder().encodeToString("lienmac-clerk:demo".getBytes(StandardCharsets.UTF_8));
        String docs = exchange("GET /v3/api-docs HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Basic " + basic
                + "\r\nConnection: close\r\n\r\n");
        assertThat(docs).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
        String ui = exchange("GET /swagger-ui.html HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(header(ui, "Location")).doesNotContain("evil");
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureBehindTlsProxy() throws Exception {
        String page = exchange("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String cookie = header(page, "Set-Cookie");
        assertThat(cookie)
                .contains("SESSION")
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        String proxied = exchange("GET /login HTTP/1.1\r\nHost: cchc.example.gov.vn\r\nX-Forwarded-Proto: https\r\n"
                + "X-Forwarded-For: 203.0.113.5\r\nConnection: close\r\n\r\n");
        assertThat(header(proxied, "Set-Cookie")).contains("Secure").containsIgnoringCase("SameSite=Lax");
        // the login form posted over that "https": the redirect stays relative
        Matcher csrf = CSRF.matcher(proxied);
        assertThat(csrf.find()).isTrue();
        String sessionId = header(proxied, "Set-Cookie").replaceAll(";.*", "");
        String form = "username=lienmac-clerk&password=demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        String login = exchange(
                "POST /login HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Proto: https\r\nCookie: " + sessionId
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                        + "\r\nConnection: close\r\n\r\n" + form);
        assertThat(header(login, "Location")).isEqualTo("/");
    }
}
