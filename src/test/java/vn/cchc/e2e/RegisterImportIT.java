package vn.cchc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
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
 * A clerk brings the register in through the browser: from the documents tab to the import page, uploads an
 * export whose columns the app does not recognise, maps them, previews (counts; a broken row named by row and
 * column, nothing saved), uploads the corrected file, commits, and finds the documents in the register, paged;
 * the same file again changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegisterImportIT {

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

    Browser browser;

    @AfterEach
    void close() {
        if (browser != null) browser.close();
    }

    /** An export with its own headers: "Ký hiệu VB", "Ngày VB đi", "Tóm tắt", "Người ký duyệt"; 150 documents. */
    static String export(boolean broken) {
        StringBuilder s =
                new StringBuilder("\uFEFFSỔ VĂN BẢN ĐI NĂM 2023\r\nKý hiệu VB;Ngày VB đi;Tóm tắt;Người ký duyệt\r\n");
        for (int i = 1; i <= 150; i++) {
            String number = i % 10 == 0 ? i + "-CV/ĐU" : i % 3 == 0 ? i + "/UBND-VP" : i + "/KH-UBND";
            String date = broken && i == 7
                    ? "30/02/2023"
                    : (i % 2 == 0 ? "%02d/%02d/2023" : "%d/%d/2023").formatted(1 + i % 28, 1 + i % 12);
            s.append(number)
                    .append(';')
                    .append(date)
                    .append(";\"V/v công việc số ")
                    .append(i)
                    .append("; đợt 1\";Phạm Văn Cảnh\r\n");
        }
        return s.toString();
    }

    @Test
    void aClerkUploadsMapsPreviewsAndCommitsTheRegister() throws Exception {
        String n = String.valueOf(System.nanoTime());
        long unitId = orgUnits.create(new NewOrgUnit(
                        "TEST_REG_" + n,
                        null,
                        "xã Nhập Sổ " + n,
                        "UBND XÃ NHẬP SỔ",
                        "Nhập Sổ",
                        OrgUnitLevel.COMMUNE,
                        LocalDate.of(2000, 1, 1),
                        null,
                        null))
                .getId();
        accounts.create(new NewAccount("reg-clerk-" + n, "demo-pass-1", "Văn thư thử", Role.CLERK, unitId, false));
        long periodId = periods.create(new NewPeriod(
                        unitId,
                        PeriodKind.AD_HOC,
                        "năm 2023 " + n,
                        2093,
                        LocalDate.of(2023, 1, 1),
                        LocalDate.of(2023, 12, 31),
                        LocalDate.of(2024, 1, 10)))
                .getId();
        long reportId = reports.createEmpty(unitId, periodId).getId();
        Path bad = Files.createTempFile("so-van-ban-loi", ".csv");
        Files.writeString(bad, export(true), StandardCharsets.UTF_8);
        Path good = Files.createTempFile("so-van-ban", ".csv");
        Files.writeString(good, export(false), StandardCharsets.UTF_8);

        browser = new Browser("http://localhost:" + port);
        browser.login("reg-clerk-" + n, "demo-pass-1");
        browser.open("/reports/" + reportId + "/documents");
        browser.clickAndWaitForNewPage(By.id("register-import-link"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Nhập sổ văn bản từ tệp");

        // upload: the columns are not recognised, the page asks for the mapping
        browser.driver()
                .findElement(By.id("register-file"))
                .sendKeys(bad.toAbsolutePath().toString());
        browser.clickAndWaitForNewPage(By.id("register-upload"));
        assertThat(browser.pageText()).contains("Không tìm thấy cột «Số, ký hiệu»");
        assertThat(browser.driver().findElement(By.id("register-commit")).isEnabled())
                .isFalse();
        browser.screenshot("register-01-unmapped");

        // map
        new Select(browser.driver().findElement(By.id("map_NUMBER"))).selectByVisibleText("A — Ký hiệu VB");
        new Select(browser.driver().findElement(By.id("map_DATE"))).selectByVisibleText("B — Ngày VB đi");
        new Select(browser.driver().findElement(By.id("map_SUMMARY"))).selectByVisibleText("C — Tóm tắt");
        new Select(browser.driver().findElement(By.id("map_SIGNER"))).selectByVisibleText("D — Người ký duyệt");
        browser.clickAndWaitForNewPage(By.id("register-remap"));

        // preview: 149 new, one broken row named by row and column, nothing can be saved
        assertThat(browser.driver().findElement(By.id("count-new")).getText()).isEqualTo("149");
        assertThat(browser.driver().findElement(By.id("count-errors")).getText())
                .isEqualTo("1");
        assertThat(browser.driver().findElement(By.id("import-errors")).getText())
                .contains("Dòng 9, cột «Ngày VB đi» (B): «30/02/2023» không phải là ngày hợp lệ");
        assertThat(browser.driver().findElement(By.id("register-commit")).isEnabled())
                .isFalse();
        browser.screenshot("register-02-preview-error");
        assertThat(count(unitId)).isZero();

        // the corrected file; only a commit remembers a mapping, so map again
        browser.driver()
                .findElement(By.id("register-file"))
                .sendKeys(good.toAbsolutePath().toString());
        browser.clickAndWaitForNewPage(By.id("register-upload"));
        new Select(browser.driver().findElement(By.id("map_NUMBER"))).selectByVisibleText("A — Ký hiệu VB");
        new Select(browser.driver().findElement(By.id("map_DATE"))).selectByVisibleText("B — Ngày VB đi");
        new Select(browser.driver().findElement(By.id("map_SUMMARY"))).selectByVisibleText("C — Tóm tắt");
        browser.clickAndWaitForNewPage(By.id("register-remap"));
        assertThat(browser.driver().findElement(By.id("count-new")).getText()).isEqualTo("150");
        assertThat(browser.driver().findElement(By.id("count-errors")).getText())
                .isEqualTo("0");
        assertThat(browser.driver().findElement(By.id("import-by-type")).getText())
                .contains("Kế hoạch")
                .contains("Công văn");
        browser.screenshot("register-03-preview");

        // commit
        browser.clickAndWaitForNewPage(By.id("register-commit"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/reports/" + reportId + "/documents");
        assertThat(browser.pageText()).contains("150 văn bản mới");
        assertThat(count(unitId)).isEqualTo(150);
        assertThat(browser.driver().findElements(By.cssSelector("a.page-next"))).isNotEmpty(); // 150 rows: two pages
        browser.screenshot("register-04-committed");

        // the same file again: the remembered mapping is used, nothing new, nothing to commit
        browser.clickAndWaitForNewPage(By.id("register-import-link"));
        browser.driver()
                .findElement(By.id("register-file"))
                .sendKeys(good.toAbsolutePath().toString());
        browser.clickAndWaitForNewPage(By.id("register-upload"));
        assertThat(browser.driver().findElement(By.id("count-new")).getText()).isEqualTo("0");
        assertThat(browser.driver().findElement(By.id("count-unchanged")).getText())
                .isEqualTo("150");
        assertThat(browser.driver().findElement(By.id("register-commit")).isEnabled())
                .isFalse();
        assertThat(count(unitId)).isEqualTo(150);
    }

    long count(long unitId) {
        return jdbc.queryForObject("select count(*) from issued_document where org_unit_id = ?", Long.class, unitId);
    }
}
