package vn.cchc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.report.ReportHeader;
import vn.cchc.report.ReportWorkflow;
import vn.cchc.report.Reports;

/**
 * A clerk's day in the browser: «Mở bản ghi» on a finding opens the document at the exact field, highlighted and
 * focused, with the finding beside it; the chairman reviews and signs on a phone (390 px) without the page scrolling
 * sideways. axe-core runs on every page (the {@link Browser} fails on a critical or serious violation).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClerkDayIT {

    @LocalServerPort
    int port;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    UserDetailsService users;

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
    void openRecordLandsOnTheExactFieldWithTheFindingBesideIt() throws Exception {
        long id = reports.visible((UnitViewer) users.loadUserByUsername("lienmac-clerk"), 2023, null)
                .get(0)
                .id();
        browser.width(1366);
        browser.login("lienmac-clerk", "demo");
        browser.open("/reports/" + id + "/checks");
        By link = By.cssSelector("#findings-ERROR a.finding-open[href$='#numberSymbol']");
        String finding = browser.driver().findElement(link).getAttribute("data-finding");
        browser.clickAndWaitForNewPage(link);
        WebElement note = browser.waitFor(By.id("finding-note"));
        assertThat(note.getText()).contains(finding).contains("Quay lại kết quả kiểm tra");
        String focused =
                (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id");
        assertThat(focused).isEqualTo("numberSymbol");
        assertThat(browser.driver().findElements(By.cssSelector(".finding-target #numberSymbol")))
                .hasSize(1);
        browser.screenshot("clerk-day-open-record-1366");
        browser.clickAndWaitForNewPage(By.cssSelector("#finding-note a"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/reports/" + id + "/checks");
    }

    /** A long editor: after «Lưu nội dung» the clerk is where she was, and a broken token is said at once. */
    @Test
    void savingTheNarrativeKeepsThePlaceAndFlagsABrokenToken() throws Exception {
        long province = orgUnits.byCode("HAI_DUONG").orElseThrow().getId();
        long unit = orgUnits.byCode("LIEN_MAC").orElseThrow().getId();
        long periodId = periods.create(new NewPeriod(
                        province,
                        PeriodKind.AD_HOC,
                        "giữ chỗ khi lưu " + UUID.randomUUID(),
                        2024,
                        LocalDate.of(2023, 12, 10),
                        LocalDate.of(2024, 6, 9),
                        LocalDate.of(2099, 1, 1)))
                .getId();
        long id = reports.createEmpty(unit, periodId).getId();
        browser.width(1366);
        browser.login("lienmac-clerk", "demo");
        browser.open("/reports/" + id + "/narrative");
        List<WebElement> bodies = browser.driver().findElements(By.cssSelector("textarea.narrative-body"));
        WebElement last = bodies.get(bodies.size() - 1);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", last);
        last.sendKeys("Kiến nghị theo {{ind:MA_KHONG_CO}}.");
        long before = ((Number) js.executeScript("return window.scrollY")).longValue();
        assertThat(before).as("the last section is far down the page").isGreaterThan(600);
        browser.clickAndWaitForNewPage(By.cssSelector("form[data-keep-scroll] button[type=submit]"));
        long after = ((Number) js.executeScript("return window.scrollY")).longValue();
        assertThat(after)
                .as("scroll position after the save (before: " + before + ")")
                .isGreaterThan(before / 2);
        assertThat(browser.driver().findElement(By.id("token-problems")).getText())
                .contains("{{ind:MA_KHONG_CO}}");
        browser.screenshot("clerk-day-narrative-saved-in-place");
    }

    @Test
    void theChairmanSignsOnAPhoneWithoutSidewaysScrolling() throws Exception {
        long province = orgUnits.byCode("HAI_DUONG").orElseThrow().getId();
        long unit = orgUnits.byCode("LIEN_MAC").orElseThrow().getId();
        long periodId = periods.create(new NewPeriod(
                        province,
                        PeriodKind.AD_HOC,
                        "ký trên điện thoại " + UUID.randomUUID(),
                        2024,
                        LocalDate.of(2023, 12, 10),
                        LocalDate.of(2024, 6, 9),
                        LocalDate.of(2099, 1, 1)))
                .getId();
        long id = reports.createEmpty(unit, periodId).getId();
        CurrentUser clerk = (CurrentUser) users.loadUserByUsername("lienmac-clerk");
        reports.updateHeader(
                clerk,
                id,
                new ReportHeader(
                        "08/BC-UBND",
                        LocalDate.of(2024, 6, 10),
                        List.of("Kết quả công tác cải cách hành chính", "trên địa bàn xã Liên Mạc"),
                        "TM. ỦY BAN NHÂN DÂN",
                        "CHỦ TỊCH",
                        "Phạm Văn Cảnh",
                        List.of("- UBND huyện;", "- Lưu: VT.")));
        workflow.submit(clerk, id, true);

        browser.width(390);
        browser.login("lienmac-chair", "demo");
        for (String page :
                List.of("/", "/reports/" + id, "/reports/" + id + "/preview", "/reports/" + id + "/workflow")) {
            browser.open(page);
            browser.screenshot("clerk-day-390" + page.replaceAll("[^a-z0-9]+", "-"));
            assertThat(sidewaysOverflow())
                    .as("sideways scrolling on " + page + " at 390 px; too wide: " + tooWide())
                    .isLessThanOrEqualTo(0L);
        }
        browser.screenshot("clerk-day-sign-390-before");
        browser.clickAndWaitForNewPage(By.cssSelector("#sign-form button[type=submit]"));
        assertThat(browser.waitFor(By.id("status")).getText()).contains("Đã ký");
        assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0L);
        browser.screenshot("clerk-day-sign-390-signed");
    }

    /** The innermost elements that reach past the window's right edge, for the failure message. */
    private Object tooWide() {
        return ((JavascriptExecutor) browser.driver()).executeScript("""
                const w = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll('body *'))
                  .filter(e => e.getBoundingClientRect().right > w + 1)
                  .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > w + 1))
                  .slice(0, 8)
                  .map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)
                       + ' «' + (e.textContent || '').trim().slice(0, 60) + '»');""");
    }

    /** How many pixels the page is wider than the window (0 when nothing scrolls sideways). */
    private long sidewaysOverflow() {
        return (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }
}
