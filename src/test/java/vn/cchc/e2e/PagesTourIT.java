package vn.cchc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Signs in with the demo accounts in a real browser and visits the main pages, keeping a screenshot of each. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PagesTourIT {

    @LocalServerPort
    int port;

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
    void clerkSignsInAndSeesTheirCommune() throws Exception {
        browser.open("/");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        assertThat(browser.pageText()).contains("Đăng nhập");
        browser.screenshot("00-login");
        browser.login("lienmac-clerk", "demo");
        assertThat(browser.pageText()).contains("UBND XÃ LIÊN MẠC").contains("năm 2023");
        browser.screenshot("01-dashboard-clerk");
        // the demo's annual report (other browser tests add reports of their own to the shared database)
        browser.driver()
                .findElement(
                        By.xpath("//*[@id='reports']//tr[td[normalize-space()='năm 2023']]//a[contains(@class,'btn')]"))
                .click();
        browser.waitFor(By.cssSelector(".nav-tabs"));
        String reportPath = new URI(browser.driver().getCurrentUrl()).getPath();
        String[][] tabs = {
            {"documents", "36/KH-UBND"},
            {"indicators", "MEETINGS_CCHC"},
            {"narrative", "Thực hiện"},
            {"tasks", "UBND huyện"},
            {"checks", "16/KH-UBND"},
            {"preview", "Phạm Văn Cảnh"}
        };
        int i = 2;
        for (String[] tab : tabs) {
            browser.open(reportPath + "/" + tab[0]);
            browser.waitFor(By.cssSelector(".nav-tabs"));
            browser.screenshot(String.format("%02d-%s", i++, tab[0]));
            assertThat(browser.pageText()).as(tab[0]).contains(tab[1]);
        }
    }
}
