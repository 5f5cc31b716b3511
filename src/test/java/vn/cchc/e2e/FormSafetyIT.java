package vn.cchc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierStatisticsService;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.Reports;

/**
 * Data safety in a real browser on xã Thanh Hồng's Biểu 06: Enter in a cell saves (never deletes a row); a row's
 * delete asks first and Cancel keeps the row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FormSafetyIT {

    @LocalServerPort
    int port;

    @Autowired
    Reports reports;

    @Autowired
    UserDetailsService users;

    @Autowired
    DossierStatisticsService dossier;

    Browser browser;

    @BeforeEach
    void start() throws Exception {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.close();
    }

    @Test
    void enterInABieu06CellSavesAndDeletesNothingAndDeletingARowAsksFirst() throws Exception {
        UnitViewer clerk = (UnitViewer) users.loadUserByUsername("thanhhong-clerk");
        long id = reports.visible(clerk, 2023, null).get(0).id();
        List<DossierRowView> before = dossier.rowsForReport(id);
        assertThat(before).isNotEmpty();

        browser.login("thanhhong-clerk", "demo");
        browser.open("/reports/" + id + "/dossier");
        WebElement cell = browser.driver().findElement(By.name("rows[0].values[3]"));
        WebElement page = browser.driver().findElement(By.tagName("html"));
        cell.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30), Browser.POLL)
                .until(ExpectedConditions.stalenessOf(page));
        browser.waitFor(By.id("dossier-form"));
        assertThat(browser.pageText()).contains("Đã lưu số liệu");
        assertThat(dossier.rowsForReport(id)).isEqualTo(before);
        assertThat(browser.driver().findElements(By.cssSelector("button[value^='remove:']")))
                .hasSize(before.size());

        browser.driver().findElement(By.cssSelector("button[value='remove:0']")).click();
        var alert = new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.alertIsPresent());
        assertThat(alert.getText()).contains("Xoá dòng 1 của Biểu 06?");
        alert.dismiss();
        assertThat(browser.driver().findElements(By.cssSelector("button[value^='remove:']")))
                .hasSize(before.size());
        assertThat(dossier.rowsForReport(id)).isEqualTo(before);
    }
}
