package vn.cchc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole story in a real browser with the demo accounts, on xã Thanh Hồng's 2023 report (its synthetic records
 * pass the checks; Liên Mạc's keep the reference's mistakes, which block submission by design):
 * the clerk breaks a dossier rule and sees the message, fixes it, runs the checks, previews and downloads the PDF,
 * submits; the chairman returns it with a comment, then signs the resubmission; the district office sees it on
 * its board, accepts it and downloads the consolidated XLSX.
 * A screenshot is kept of every step, and of the page on which a step failed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportJourneyIT {

    @LocalServerPort
    int port;

    Browser browser;
    String step = "start";

    @BeforeEach
    void start() throws Exception {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.close();
    }

    @Test
    void clerkChairmanAndOfficeTakeTheReportFromDraftToAccepted() throws Exception {
        try {
            journey();
        } catch (Throwable t) {
            browser.screenshot("journey-FAILED-at-" + step);
            throw t;
        }
    }

    private void journey() throws Exception {
        step("clerk-dashboard");
        browser.login("thanhhong-clerk", "demo");
        browser.driver().findElement(By.cssSelector("#reports a.btn")).click();
        browser.waitFor(By.cssSelector(".nav-tabs"));
        String report = new URI(browser.driver().getCurrentUrl()).getPath();

        step("dossier-rule-broken");
        browser.open(report + "/dossier");
        WebElement received = browser.driver().findElement(By.name("rows[0].values[0]"));
        String correct = received.getAttribute("value");
        received.clear();
        received.sendKeys("99999");
        browser.clickAndWaitForNewPage(By.cssSelector("button[name=action][value=save]:not(.visually-hidden)"));
        assertThat(browser.waitFor(By.id("dossier-errors")).getText())
                .contains("(3)")
                .contains("phải bằng");
        shot();

        step("dossier-fixed");
        received = browser.driver().findElement(By.name("rows[0].values[0]"));
        received.clear();
        received.sendKeys(correct);
        browser.clickAndWaitForNewPage(By.cssSelector("button[name=action][value=save]:not(.visually-hidden)"));
        browser.waitFor(By.id("dossier-form"));
        assertThat(browser.driver().findElements(By.id("dossier-errors"))).isEmpty();
        shot();

        step("checks");
        browser.open(report + "/checks");
        assertThat(browser.pageText()).doesNotContain("Lỗi: phải sửa trước khi trình ký");
        shot();

        step("preview-and-pdf");
        browser.open(report + "/preview");
        assertThat(browser.pageText()).contains("UBND XÃ THANH HỒNG").contains("BÁO CÁO");
        shot();
        HttpResponse<byte[]> pdf = browser.fetch(
                browser.driver().findElement(By.id("download-pdf")).getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        step("submit");
        submit(report);
        assertThat(browser.driver().findElement(By.id("status")).getText()).contains("Đã trình");
        shot();
        browser.logout();

        step("chairman-returns");
        browser.login("thanhhong-chair", "demo");
        browser.open(report + "/workflow");
        browser.driver().findElement(By.id("comment")).sendKeys("Đề nghị bổ sung số liệu mục II.6.");
        browser.clickAndWaitForNewPage(By.cssSelector("#return-form button[type=submit]"));
        assertThat(browser.waitFor(By.id("status")).getText()).contains("Bị trả lại");
        shot();
        browser.logout();

        step("clerk-resubmits");
        browser.login("thanhhong-clerk", "demo");
        browser.open(report + "/workflow");
        assertThat(browser.driver().findElement(By.id("return-reason")).getText())
                .contains("bổ sung số liệu mục II.6");
        submit(report);
        browser.logout();

        step("chairman-signs");
        browser.login("thanhhong-chair", "demo");
        browser.open(report + "/workflow");
        browser.clickAndWaitForNewPage(By.cssSelector("#sign-form button[type=submit]"));
        assertThat(browser.waitFor(By.id("status")).getText()).contains("Đã ký");
        assertThat(browser.driver().findElement(By.id("versions")).getText()).containsPattern("[0-9a-f]{64}");
        shot();
        browser.logout();

        step("office-accepts");
        browser.login("thanhha-noivu", "demo");
        assertThat(browser.pageText()).contains("xã Thanh Hồng");
        browser.open(report + "/workflow");
        browser.clickAndWaitForNewPage(By.cssSelector("#accept-form button[type=submit]"));
        assertThat(browser.waitFor(By.id("status")).getText()).contains("Đã tiếp nhận");
        shot();

        step("office-board-and-xlsx");
        browser.open("/consolidation");
        assertThat(browser.pageText()).contains("xã Thanh Hồng").contains("Đã tiếp nhận");
        shot();
        browser.driver()
                .get(browser.driver()
                        .findElement(By.cssSelector("a[href*='/consolidation/table']"))
                        .getAttribute("href"));
        shot();
        HttpResponse<byte[]> xlsx = browser.fetch(browser.driver()
                .findElement(By.cssSelector("a[href*='dossier-statistics.xlsx']"))
                .getAttribute("href"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            StringBuilder cells = new StringBuilder();
            book.getSheetAt(0)
                    .forEach(row ->
                            row.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertThat(cells.toString()).contains("xã Thanh Hồng");
        }
    }

    private void submit(String report) {
        browser.open(report + "/workflow");
        if (!browser.driver().findElements(By.id("confirmWarnings")).isEmpty()) {
            browser.driver().findElement(By.id("confirmWarnings")).click();
        }
        browser.clickAndWaitForNewPage(By.cssSelector("#submit-form button[type=submit]"));
        browser.waitFor(By.id("status"));
    }

    private void step(String name) {
        step = name;
    }

    private int shots = 10;

    private void shot() throws Exception {
        browser.screenshot("journey-" + (shots++) + "-" + step);
    }
}
