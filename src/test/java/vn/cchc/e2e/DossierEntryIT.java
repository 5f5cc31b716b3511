package vn.cchc.e2e;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.Reports;

/**
 * The Biểu 06 page with its issue-13 controls (authority level per row, the causes-of-lateness fold-out) at desktop
 * and phone widths: axe-core runs on each page (a serious violation fails on close); screenshots to look at.
 * Read only: Liên Mạc's figures are not changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DossierEntryIT {

    @LocalServerPort
    int port;

    @Autowired
    Reports reports;

    @Autowired
    UserDetailsService users;

    Browser browser;

    @BeforeEach
    void start() throws Exception {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) browser.close();
    }

    @Test
    void theDossierPageWithLevelAndCausesIsAccessibleAtBothWidths() throws Exception {
        long id = reports.visible((UnitViewer) users.loadUserByUsername("lienmac-clerk"), 2023, null)
                .get(0)
                .id();
        browser.login("lienmac-clerk", "demo");
        for (int width : new int[] {1366, 390}) {
            browser.width(width);
            browser.open("/reports/" + id + "/dossier");
            // the fold-out opened, as a clerk adding a cause would, then checked again
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('late-0').open = true;");
            browser.axe();
            Files.exists(browser.screenshot("dossier-entry-" + width));
        }
    }
}
