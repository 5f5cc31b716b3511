package vn.cchc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.account.Accounts;
import vn.cchc.account.NewAccount;
import vn.cchc.account.Role;
import vn.cchc.consolidation.ConsolidationDataGenerator;
import vn.cchc.officereport.OfficeFixture;
import vn.cchc.orgunit.OfficialPosition;
import vn.cchc.orgunit.UnitOfficials;

/**
 * The office's own report, clicked through: the district office opens its report for the period, writes section I
 * with its communes' texts beside the editor (quoting one with a click) and a compiled-figure token, sees the
 * compiled part in the preview, submits; the district's chairman signs; the province's office finds it signed on its
 * board. Screenshots in target/e2e-screenshots/office-*.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OfficeReportIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    UnitOfficials officials;

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
    void theOfficeOpensWritesSignsAndTheProvinceSeesItOnItsBoard() throws Exception {
        String prefix = "E" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        OfficeFixture.Office o = new OfficeFixture(jdbc, accounts).create(prefix, 9);
        jdbc.update("update reporting_period set opened_at = now() where id = ?", o.period());
        jdbc.update("""
                insert into narrative_section (report_id, section_code, body)
                select r.id, 'I', 'Đã ban hành kế hoạch CCHC của ' || u.name from report r join org_unit u on u.id = r.org_unit_id
                where r.period_id = ? and u.code like ? || '\\_C%'""", o.period(), prefix);
        String pw = ConsolidationDataGenerator.PASSWORD;
        String chair = prefix.toLowerCase() + "-chair";
        String province = prefix.toLowerCase() + "-snv";
        accounts.create(new NewAccount(chair, pw, "Chủ tịch huyện thử", Role.CHAIRMAN, o.g().districtId(), false));
        accounts.create(new NewAccount(province, pw, "Sở Nội vụ thử", Role.REVIEWER, o.g().provinceId(), false));
        officials.add(o.g().districtId(), "Trần Văn Huyện", OfficialPosition.CHAIRMAN, LocalDate.of(2000, 1, 1), null);

        browser.login(o.g().reviewer(), pw);
        WebElement open = browser.waitFor(By.id("open-periods"));
        assertThat(open.getText()).contains("năm 2025");
        browser.clickAndWaitForNewPage(By.cssSelector("#open-periods button[type=submit]"));
        String report = new URI(browser.driver().getCurrentUrl()).getPath();
        assertThat(report).matches("/reports/\\d+");

        browser.open(report + "/narrative");
        browser.clickAndWaitForNewPage(By.id("compiled-narrative-link"));
        assertThat(browser.pageText())
                .contains(
                        "Nội dung của các đơn vị (8)",
                        "Đã ban hành kế hoạch CCHC của " + o.commune(1),
                        "{{sum:" + o.code("MEET") + "}}");
        browser.screenshot("office-01-compiled-narrative");
        browser.driver().findElement(By.cssSelector(".unit-text [data-quote]")).click();
        WebElement body = browser.driver().findElement(By.id("office-body"));
        body.sendKeys("Toàn huyện tổ chức {{sum:" + o.code("MEET") + "}} cuộc họp.");
        browser.clickAndWaitForNewPage(By.id("office-save"));
        assertThat(browser.pageText()).contains("Đã lưu nội dung mục.");
        assertThat(browser.driver().findElement(By.id("office-body")).getAttribute("value"))
                .contains("UBND " + o.commune(1) + ": Đã ban hành kế hoạch CCHC của " + o.commune(1));

        browser.open(report + "/preview");
        assertThat(browser.pageText())
                .contains("SỐ LIỆU TỔNG HỢP TỪ CÁC ĐƠN VỊ", "Toàn huyện tổ chức trên", "còn 02 xã chưa gửi báo cáo");
        browser.screenshot("office-02-preview");

        browser.open(report + "/workflow");
        if (!browser.driver().findElements(By.id("confirmWarnings")).isEmpty()) {
            browser.driver().findElement(By.id("confirmWarnings")).click();
        }
        browser.clickAndWaitForNewPage(By.cssSelector("#submit-form button[type=submit]"));
        assertThat(browser.waitFor(By.id("status")).getText()).contains("Đã trình");
        browser.logout();

        browser.login(chair, pw);
        browser.open(report + "/workflow");
        browser.clickAndWaitForNewPage(By.cssSelector("#sign-form button[type=submit]"));
        assertThat(browser.waitFor(By.id("status")).getText()).contains("Đã ký");
        browser.screenshot("office-03-signed");
        browser.logout();

        browser.login(province, pw);
        browser.open("/consolidation?periodId=" + o.period());
        assertThat(browser.pageText()).contains("huyện Thử " + prefix).contains("Đã ký");
        browser.screenshot("office-04-province-board");
    }
}
