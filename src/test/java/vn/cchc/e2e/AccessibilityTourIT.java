package vn.cchc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.Reports;

/**
 * The tour of every main page in every role (clerk, chairman, receiving office, administrator, signed out), at
 * 1366 px and 390 px (each page loaded once, then the window resized): axe-core (WCAG 2.1 A/AA + best practice) must find no critical or serious violation (the
 * {@link Browser} fails on close otherwise), and {@link DeveloperWords} must find no developer word in what a
 * user reads ({@code -Dcchc.tour.widths=1366} for one width). Counts per impact go to
 * target/axe/tour-summary.txt; a screenshot of each page to
 * target/e2e-screenshots/tour-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessibilityTourIT {

    @LocalServerPort
    int port;

    @Autowired
    Reports reports;

    @Autowired
    UserDetailsService users;

    Browser browser;
    final List<String> leftovers = new ArrayList<>();
    int[] widths;

    @BeforeEach
    void start() throws Exception {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser == null) return;
        Map<String, Long> byImpact = browser.violations().stream()
                .collect(Collectors.groupingBy(
                        Axe.Violation::impact, LinkedHashMap::new, Collectors.summingLong(Axe.Violation::nodes)));
        Files.createDirectories(Path.of("target/axe"));
        Files.writeString(
                Path.of("target/axe/tour-summary.txt"),
                "nodes per impact: " + byImpact + "\nrules: "
                        + browser.violations().stream()
                                .collect(Collectors.groupingBy(
                                        v -> v.impact() + " " + v.rule(), TreeMap::new, Collectors.counting()))
                        + "\n");
        browser.close();
    }

    long lienMac2023() {
        return reports.visible((UnitViewer) users.loadUserByUsername("lienmac-clerk"), 2023, null)
                .get(0)
                .id();
    }

    @Test
    void everyPageInEveryRoleAtDesktopAndPhoneWidths() throws Exception {
        long id = lienMac2023();
        String r = "/reports/" + id;
        widths = Arrays.stream(
                        System.getProperty("cchc.tour.widths", "1366,390").split(","))
                .mapToInt(w -> Integer.parseInt(w.trim()))
                .toArray();
        // one pass: each page is loaded once and checked at every width (the window resized in between)
        browser.width(widths[0]);
        visit("/login", "/no-such-page");

        browser.login("lienmac-clerk", "demo");
        visit("/", r, r + "/documents");
        String doc = firstHref("a.doc-number");
        visit(r + "/documents/new", r + "/indicators", r + "/procedures", r + "/dossier", r + "/tasks");
        String task = firstHref("table a[href*='/tasks/']");
        visit(
                r + "/tasks/new",
                r + "/narrative",
                r + "/checks",
                r + "/preview",
                r + "/workflow",
                "/account/password",
                "/no-such-page",
                r + "/no-such-tab",
                doc,
                task);
        browser.logout();

        browser.login("lienmac-chair", "demo");
        visit("/", r, r + "/checks", r + "/preview", r + "/workflow", r + "/dossier");
        browser.logout();

        browser.login("thanhha-noivu", "demo");
        visit("/", "/consolidation", "/consolidation/table", r + "/workflow", r);
        browser.logout();

        browser.login("admin", "demo");
        visit(
                "/",
                "/admin/units",
                "/admin/units/new",
                "/admin/accounts",
                "/admin/accounts/new",
                "/admin/periods",
                "/admin/periods/new",
                "/admin/indicators",
                "/admin/indicators/new",
                "/admin/report-kinds",
                "/admin/units/import");
        browser.logout();

        Files.createDirectories(Path.of("target/axe"));
        Files.write(Path.of("target/axe/developer-words.txt"), leftovers);
        assertThat(leftovers).as("developer words a user would read").isEmpty();
    }

    private String firstHref(String css) throws Exception {
        return new URI(browser.driver().findElement(By.cssSelector(css)).getAttribute("href")).getPath();
    }

    /**
     * Opens each page once and checks it at every width: axe (through {@link Browser#open} and {@link Browser#axe}),
     * a screenshot and the developer words. The widths alternate (1366, 390, then 390, 1366 for the next page) so the
     * window is resized once per page, and the sign-outs happen at either width (the phone's folded menu too).
     */
    private void visit(String... paths) throws Exception {
        for (String path : paths) {
            browser.open(path);
            for (int i = 0; i < widths.length; i++) {
                if (i > 0) {
                    browser.width(widths[i]);
                    browser.axe();
                }
                browser.screenshot("tour-" + widths[i] + path.replaceAll("[^a-z0-9]+", "-"));
                leftovers.addAll(DeveloperWords.find(path + " @" + widths[i] + "px", browser.driver()));
            }
            widths = reversed(widths);
        }
    }

    private static int[] reversed(int[] a) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[a.length - 1 - i];
        return out;
    }
}
