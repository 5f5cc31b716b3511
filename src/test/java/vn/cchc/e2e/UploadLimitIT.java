package vn.cchc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.UniqueTag;
import vn.cchc.account.Accounts;
import vn.cchc.account.NewAccount;
import vn.cchc.account.Role;
import vn.cchc.orgunit.NewOrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

/**
 * An upload over the servlet's multipart limit, on the real server (MockMvc does not apply the limit): the
 * browser gets the friendly 413 page (not a CSRF refusal, not a reset connection) and nothing is saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadLimitIT {

    @LocalServerPort
    int port;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Test
    void anUploadOverTheServletLimitGetsTheFriendly413PageAndNothingIsSaved() throws Exception {
        String n = UniqueTag.next();
        long unitId = orgUnits.create(new NewOrgUnit(
                        "TEST_413_" + n,
                        null,
                        "xã Thử 413 " + n,
                        "UBND XÃ THỬ 413",
                        "Thử",
                        OrgUnitLevel.COMMUNE,
                        LocalDate.of(2000, 1, 1),
                        null,
                        null))
                .getId();
        accounts.create(
                new NewAccount("big-clerk-" + n.toLowerCase(), "demo-pass-1", "Thư ký thử", Role.CLERK, unitId, false));
        long periodId = periods.create(new NewPeriod(
                        unitId,
                        PeriodKind.AD_HOC,
                        "thử 413 " + n,
                        2094,
                        LocalDate.of(2093, 12, 10),
                        LocalDate.of(2094, 12, 9),
                        LocalDate.of(2094, 12, 15)))
                .getId();
        long reportId = reports.createEmpty(unitId, periodId).getId();

        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String base = "http://localhost:" + port;
        String token = csrf(http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        String form = "username=" + enc("big-clerk-" + n.toLowerCase()) + "&password=demo-pass-1&_csrf=" + enc(token);
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

        String page = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/reports/" + reportId + "/dossier"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String pageToken = csrf(page);

        long audited =
                jdbc.queryForObject("select count(*) from audit_entry where report_id = ?", Long.class, reportId);
        // what the browser sends for the import form: its hidden fields and a 7 MB file
        String boundary = "----cchc" + n;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + pageToken);
        part(body, boundary, "Content-Disposition: form-data; name=\"version\"\r\n\r\n0");
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bieu06.xlsx\"\r\n"
                        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(new byte[7 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/reports/" + reportId + "/dossier/import"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header(
                                "Accept",
                                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8") // as a browser
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("Tệp tải lên quá lớn").doesNotContain("Exception");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(jdbc.queryForObject("select count(*) from dossier_row where report_id = ?", Long.class, reportId))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where report_id = ?", Long.class, reportId))
                .isEqualTo(audited);

        // an error page of the real server (404 by the servlet container's error dispatch) carries the headers too
        HttpResponse<String> missing = http.send(
                HttpRequest.newBuilder(URI.create(base + "/no-such-page"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("Exception").doesNotContain("Whitelabel");
        assertThat(missing.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'");
        assertThat(missing.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(missing.headers().firstValue("Referrer-Policy")).isPresent();

        // the session still works afterwards
        assertThat(http.send(
                                HttpRequest.newBuilder(URI.create(base + "/reports/" + reportId + "/dossier"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
    }

    private static void part(ByteArrayOutputStream out, String boundary, String text) {
        out.writeBytes(("--" + boundary + "\r\n" + text + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
