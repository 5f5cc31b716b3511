package vn.cchc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.parindex.CriteriaFixture;

/**
 * Chỉ số CCHC in the browser: Thanh Hà's office imports the fixture index for 2024; Liên Mạc's clerk is refused a
 * score above its maximum, scores every criterion and submits; the office lowers one score with its reason and
 * enters the survey; the clerk answers once; the office publishes and sees the ranking.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ParIndexIT {

    @LocalServerPort
    int port;

    @Autowired
    OrgUnits orgUnits;

    Browser browser;

    @AfterEach
    void close() {
        if (browser != null) browser.close();
    }

    @Test
    void importSelfScoreAppraiseAnswerPublish() throws Exception {
        long lienMac = orgUnits.byCode("LIEN_MAC").orElseThrow().getId();
        String page = "/par-index/units/" + lienMac + "/2024";
        Path xlsx = Files.createTempFile("chi-so-cchc-cap-xa", ".xlsx");
        Files.write(xlsx, CriteriaFixture.xlsx());
        browser = new Browser("http://localhost:" + port);

        // the office imports the index
        browser.login("thanhha-noivu", "demo");
        browser.open("/par-index/criteria?year=2024");
        browser.driver().findElement(By.id("imp-title")).sendKeys("Bộ Chỉ số CCHC cấp xã năm 2024");
        browser.driver()
                .findElement(By.id("imp-file"))
                .sendKeys(xlsx.toAbsolutePath().toString());
        browser.clickAndWaitForNewPage(By.id("import-criteria"));
        assertThat(browser.pageText()).contains("Đã nhập bộ chỉ số năm 2024");
        assertThat(browser.driver().findElements(By.cssSelector("#criteria tbody tr")))
                .hasSize(55);
        browser.screenshot("parindex-01-criteria");
        browser.logout();

        // the commune: a score above its maximum is refused, then every criterion scored and sent
        browser.login("lienmac-clerk", "demo");
        browser.open(page);
        browser.driver().findElement(By.id("points_1.1.1")).clear();
        browser.driver().findElement(By.id("points_1.1.1")).sendKeys("3");
        browser.clickAndWaitForNewPage(By.id("save-scores"));
        assertThat(browser.driver().findElement(By.id("par-errors")).getText())
                .contains("Tiêu chí 1.1.1, điểm tự chấm: 3 vượt điểm tối đa 1.");
        ((JavascriptExecutor) browser.driver()).executeScript("""
                document.querySelectorAll('#self-form tbody tr').forEach(tr => {
                  tr.querySelector('input[name^=points_]').value = tr.children[2].textContent.trim();
                  tr.querySelector('textarea').value = 'Hồ sơ lưu tại văn phòng UBND xã.';
                });""");
        browser.clickAndWaitForNewPage(By.id("save-scores"));
        assertThat(browser.driver().findElement(By.id("self-total")).getText()).isEqualTo("60 / 60");
        browser.screenshot("parindex-02-self");
        browser.clickAndWaitForNewPage(By.id("submit-self"));
        assertThat(browser.driver().findElement(By.id("par-status")).getText()).isEqualTo("Đã gửi thẩm định");
        browser.logout();

        // the office lowers 3.3.2 with its reason and enters the survey
        browser.login("thanhha-noivu", "demo");
        browser.open(page);
        browser.driver().findElement(By.id("appraised_3.3.2")).sendKeys("0");
        browser.driver().findElement(By.id("reason_3.3.2")).sendKeys("Không có văn bản xin lỗi khi trễ hạn.");
        browser.driver().findElement(By.id("appraised_8")).sendKeys("39,95");
        browser.clickAndWaitForNewPage(By.id("save-appraisal"));
        assertThat(browser.driver().findElement(By.id("appraised-total")).getText())
                .isEqualTo("97,95 / 100");
        browser.screenshot("parindex-03-appraisal");
        browser.logout();

        // the commune reads the reason and answers once
        browser.login("lienmac-clerk", "demo");
        browser.open(page);
        assertThat(browser.driver().findElement(By.id("c-3.3.2")).getText())
                .contains("Không có văn bản xin lỗi khi trễ hạn.");
        browser.driver().findElement(By.id("answer_3.3.2")).sendKeys("Đã xin lỗi trực tiếp công dân.");
        browser.clickAndWaitForNewPage(By.id("send-answer"));
        assertThat(browser.driver().findElement(By.id("par-status")).getText()).isEqualTo("Đã giải trình");
        assertThat(browser.driver().findElements(By.id("send-answer"))).isEmpty();
        browser.logout();

        // the office publishes; the results page ranks the commune
        browser.login("thanhha-noivu", "demo");
        browser.open(page);
        browser.clickAndWaitForNewPage(By.id("finalise"));
        assertThat(browser.driver().findElement(By.id("band")).getText()).isEqualTo("Xuất sắc");
        browser.open("/par-index/results?year=2024");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#results tbody tr"))
                        .getText())
                .contains("xã Liên Mạc")
                .contains("97,95")
                .contains("Xuất sắc");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#results tbody tr .rank"))
                        .getText())
                .isEqualTo("1");
        browser.screenshot("parindex-04-results");
        assertThat(browser.fetch("/par-index/results.xlsx?year=2024").statusCode())
                .isEqualTo(200);
    }
}
