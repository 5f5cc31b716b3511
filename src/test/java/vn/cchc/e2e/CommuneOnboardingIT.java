package vn.cchc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.UniqueTag;
import vn.cchc.account.Accounts;
import vn.cchc.account.NewAccount;
import vn.cchc.account.Role;
import vn.cchc.orgunit.OrgUnits;

/**
 * A commune that is not in the demo, clicked through: the administrator creates a city and a quarterly period
 * for it, then a ward under the city; the ward's clerk finds the open period on the dashboard with its deadline,
 * presses «Lập báo cáo» and lands on the new report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CommuneOnboardingIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    OrgUnits orgUnits;

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
    void theAdministratorSetsUpAWardAndItsClerkOpensTheReport() throws Exception {
        String tag = UniqueTag.next();
        browser.login("admin", "demo");

        createUnit("CITY_IT_" + tag, "thành phố Biển " + tag, "PROVINCE", null, "2025-07-01");
        assertThat(browser.pageText()).contains("thành phố Biển " + tag);

        browser.open("/admin/periods/new");
        new Select(browser.driver().findElement(By.id("scheduleUnitId"))).selectByVisibleText("thành phố Biển " + tag);
        new Select(browser.driver().findElement(By.id("kind"))).selectByValue("QUARTER");
        type("title", "quý III năm 2025");
        type("year", "2025");
        date("windowStart", "2025-06-15");
        date("windowEnd", "2025-09-14");
        date("deadline", "2025-09-20");
        browser.screenshot("commune-01-period-form");
        browser.clickAndWaitForNewPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.pageText()).contains("quý III năm 2025", "Đã mở");

        // the ward comes after the period was opened: its report is the clerk's to open
        createUnit("WARD_IT_" + tag, "phường Sóng " + tag, "COMMUNE", "thành phố Biển " + tag, "2025-07-01");
        assertThat(browser.pageText()).contains("phường Sóng " + tag);
        browser.screenshot("commune-02-units");
        browser.logout();

        long ward = orgUnits.byCode("WARD_IT_" + tag).orElseThrow().getId();
        String clerk = "it-clerk-" + tag.toLowerCase();
        accounts.create(new NewAccount(clerk, "demo", "Nguyễn Thị Sóng", Role.CLERK, ward, false));
        browser.login(clerk, "demo");
        WebElement open = browser.waitFor(By.id("open-periods"));
        assertThat(open.getText()).contains("quý III năm 2025", "20/09/2025", "Lập báo cáo");
        browser.screenshot("commune-03-dashboard-open-period");
        browser.clickAndWaitForNewPage(By.cssSelector("#open-periods button[type=submit]"));
        assertThat(browser.driver().getCurrentUrl()).matches(".*/reports/\\d+$");
        assertThat(browser.pageText()).contains("phường Sóng " + tag, "quý III năm 2025");
        browser.screenshot("commune-04-new-report");

        browser.open("/");
        assertThat(browser.waitFor(By.id("open-periods")).getText()).contains("Không có kỳ nào");
    }

    /** Issue 12: a province's units from an XLSX (a bad file refused row by row first), then one edited and given a chairman. */
    @Test
    void theAdministratorImportsUnitsAndEditsOne() throws Exception {
        String tag = UniqueTag.next();
        browser.login("admin", "demo");
        browser.open("/admin/units");
        browser.clickAndWaitForNewPage(By.linkText("Nhập từ Excel"));

        upload(xlsx(new String[][] {
            {"N" + tag, "thành phố Nhập " + tag, "Tỉnh/Thành phố", "", "01/07/2025"},
            {"N" + tag + "_1", "Sai Tên", "Xã/Phường/Thị trấn", "N" + tag, "01/07/2025"},
            {"N" + tag + "_2", "phường Hai", "Xã/Phường/Thị trấn", "KHONG_CO", "32/07/2025"}
        }));
        assertThat(browser.waitFor(By.id("import-errors")).getText())
                .contains("Dòng 3: Tên đơn vị", "Dòng 4: Hiệu lực từ", "Dòng 4: Mã đơn vị cấp trên");
        browser.screenshot("units-01-import-refused");
        assertThat(orgUnits.byCode("N" + tag)).isEmpty();

        upload(xlsx(new String[][] {
            {"N" + tag, "thành phố Nhập " + tag, "Tỉnh/Thành phố", "", "01/07/2025"},
            {"N" + tag + "_1", "phường Một " + tag, "Xã/Phường/Thị trấn", "N" + tag, "01/07/2025"},
            {"N" + tag + "_2", "xã Hai " + tag, "Xã/Phường/Thị trấn", "N" + tag, "01/07/2025"}
        }));
        assertThat(browser.pageText()).contains("Đã nhập 3 đơn vị.", "phường Một " + tag, "UBND PHƯỜNG MỘT " + tag);
        browser.screenshot("units-02-imported");

        browser.clickAndWaitForNewPage(By.linkText("phường Một " + tag));
        type("name", "phường Một Mới " + tag);
        date("validTo", "2030-12-31");
        browser.clickAndWaitForNewPage(By.cssSelector("section[aria-labelledby=edit-heading] button[type=submit]"));
        assertThat(browser.pageText()).contains("Đã lưu đơn vị phường Một Mới " + tag, "UBND PHƯỜNG MỘT MỚI " + tag);

        type("fullName", "Lê Văn Mới");
        new Select(browser.driver().findElement(By.id("position"))).selectByValue("CHAIRMAN");
        date("officialFrom", "2025-07-01");
        browser.clickAndWaitForNewPage(By.cssSelector("#officials form[action$='/officials'] button[type=submit]"));
        assertThat(browser.waitFor(By.id("officials")).getText()).contains("Lê Văn Mới", "Chủ tịch", "01/07/2025");
        browser.screenshot("units-03-unit-edited");
    }

    private void upload(Path file) {
        browser.driver()
                .findElement(By.id("units-file"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForNewPage(By.cssSelector("main form button[type=submit]"));
    }

    private static Path xlsx(String[][] rows) throws Exception {
        Path file = Files.createTempFile("units-", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("Đơn vị");
            String[] header = {"Mã đơn vị", "Tên đơn vị", "Cấp", "Mã đơn vị cấp trên", "Hiệu lực từ"};
            var h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) h.createCell(c).setCellValue(header[c]);
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            book.write(out);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    private void createUnit(String code, String name, String level, String parent, String from) {
        browser.open("/admin/units/new");
        type("code", code);
        type("name", name);
        new Select(browser.driver().findElement(By.id("level"))).selectByValue(level);
        if (parent != null) new Select(browser.driver().findElement(By.id("parentId"))).selectByVisibleText(parent);
        date("validFrom", from);
        browser.clickAndWaitForNewPage(By.cssSelector("main form button[type=submit]"));
    }

    private void type(String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Date inputs take the ISO value whatever the browser's display format. */
    private void date(String id, String iso) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1];", browser.driver().findElement(By.id(id)), iso);
    }
}
